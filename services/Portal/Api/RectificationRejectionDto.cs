namespace PerfWorkflow.Portal.Api;

/// <summary>Why finance sent a rectification item back.</summary>
public sealed record RectificationRejectionDto(string RejectedBy, string Reason, DateTimeOffset At);
