using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages.Shared;

/// <summary>What the diff partial renders: the changes per document kind between two submitted versions.</summary>
public sealed record DiffView(int From, int To, IReadOnlyDictionary<string, List<FieldChangeDto>> Changes);
