namespace PerfWorkflow.Portal.Api;

/// <summary>One line of a filing's audit trail: who did what, from which state to which, and what they wrote.</summary>
public sealed record AuditEntryDto(
    long Sequence,
    string Actor,
    string Action,
    string? FromState,
    string ToState,
    string? Comment,
    int FormVersion,
    DateTimeOffset At);
