namespace PerfWorkflow.Contracts;

/// <summary>
/// A filing stayed overdue for <see cref="WorkingDaysOverdue"/> working days: the people above the filer must hear of
/// it. <see cref="Recipients"/> name the supervising department (<c>supervisor-of:{departmentId}</c>) and the finance
/// bureau's performance office (<c>role:performance-office</c>); see <see cref="RecipientAddress"/>.
/// </summary>
public sealed record DeadlineEscalated(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    DateOnly DueDate,
    int WorkingDaysOverdue,
    string TimerKey,
    DateTimeOffset ScheduledFor,
    bool IsLate,
    IReadOnlyList<string> Recipients);
