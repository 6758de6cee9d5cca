namespace PerfWorkflow.Filing.Api;

/// <summary>提交: a self-evaluation may carry the self-score when its form does not state one.</summary>
public sealed record SubmitRequest(decimal? SelfScore = null);
