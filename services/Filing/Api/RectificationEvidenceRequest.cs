namespace PerfWorkflow.Filing.Api;

/// <summary>The department's evidence that an item is rectified.</summary>
public sealed record RectificationEvidenceRequest(string? Evidence, IReadOnlyList<string>? Links);
