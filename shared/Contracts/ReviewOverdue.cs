namespace PerfWorkflow.Contracts;

/// <summary>
/// A review step has waited longer than the calendar's limit (working days) since it was requested; its assignees
/// (<see cref="Recipients"/>) are told.
/// </summary>
public sealed record ReviewOverdue(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int Step,
    DateTimeOffset RequestedAt,
    int WorkingDaysAllowed,
    string TimerKey,
    DateTimeOffset ScheduledFor,
    bool IsLate,
    IReadOnlyList<string> Recipients);
