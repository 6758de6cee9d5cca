namespace PerfWorkflow.Filing.Api;

/// <summary>A new version of a region's approval chain for a year and stage.</summary>
public sealed record ChainRevisionRequest(IReadOnlyList<ChainStepRequest?>? Steps);
