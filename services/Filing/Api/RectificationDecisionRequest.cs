namespace PerfWorkflow.Filing.Api;

/// <summary>Finance's verification or rejection of a rectification item.</summary>
public sealed record RectificationDecisionRequest(string? Comment);
