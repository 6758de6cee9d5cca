namespace PerfWorkflow.Filing.Api;

/// <summary>Opens the next stage by hand (绩效管理科).</summary>
public sealed record OpenStageRequest(string? Stage);
