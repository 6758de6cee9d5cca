namespace PerfWorkflow.Filing.Api;

/// <summary>A reviewer's decision on the current step: approve, or return with a comment.</summary>
public sealed record ReviewDecisionRequest(string? UserId, string? Comment, bool ToPreviousStep = false);
