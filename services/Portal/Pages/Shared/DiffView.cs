using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages.Shared;

/// <summary>
/// What the diff partial renders: the changes per document kind between two submitted versions, and the newer
/// version's documents by kind (when the page has them) so listed items are named, not only numbered.
/// </summary>
public sealed record DiffView(int From, int To, IReadOnlyDictionary<string, List<FieldChangeDto>> Changes, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Documents = null)
{
    public System.Text.Json.JsonElement? DocumentOf(string kind) => Documents is not null && Documents.TryGetValue(kind, out var document) ? document : null;
}
