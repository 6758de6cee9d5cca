namespace PerfWorkflow.Domain.Rectification;

/// <summary>Finance sent a rectification item back because its evidence did not convince.</summary>
public sealed record RectificationRejection(string RejectedBy, string Reason, DateTimeOffset At);
