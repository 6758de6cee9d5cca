namespace PerfWorkflow.Contracts;

/// <summary>
/// A filer reminder before a stage's deadline: "N days left" (<see cref="DaysLeft"/> &gt; 0) or "due today" (0).
/// <see cref="Recipients"/> are addresses (see <see cref="RecipientAddress"/>); <see cref="IsLate"/> says the reminder
/// went out after <see cref="ScheduledFor"/> because the scheduler was down, so the text must not pretend otherwise.
/// </summary>
public sealed record DeadlineApproaching(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    DateOnly DueDate,
    int DaysLeft,
    string TimerKey,
    DateTimeOffset ScheduledFor,
    bool IsLate,
    IReadOnlyList<string> Recipients);
