namespace PerfWorkflow.Contracts;

/// <summary>
/// A stage's deadline has passed and the form is still with the filer: the <see cref="OverdueTick"/>-th repeated
/// reminder while overdue, <see cref="DaysOverdue"/> calendar days after <see cref="DueDate"/>.
/// </summary>
public sealed record DeadlineMissed(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    DateOnly DueDate,
    int OverdueTick,
    int DaysOverdue,
    string TimerKey,
    DateTimeOffset ScheduledFor,
    bool IsLate,
    IReadOnlyList<string> Recipients);
