namespace PerfWorkflow.Filing.Api;

/// <summary>A reviewer's decision on the current step: approve (comment optional), or return (comment required).</summary>
public sealed record ReviewDecisionRequest(string? Comment, bool ToPreviousStep = false);
