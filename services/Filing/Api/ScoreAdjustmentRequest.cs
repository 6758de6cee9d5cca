namespace PerfWorkflow.Filing.Api;

/// <summary>抽查复核: the adjusted score and why.</summary>
public sealed record ScoreAdjustmentRequest(decimal? Points, string? Reason);
