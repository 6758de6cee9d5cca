namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// One filing on the deadline board: its current stage and state, that stage's due date (null when the stage has
/// none, as 整改), working days left, calendar days overdue, how often it was extended, the last reminder sent to the
/// filer, and when the next stage opens.
/// </summary>
public sealed record DeadlineBoardRow(
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    string StageState,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    int DaysOverdue,
    bool Overdue,
    bool AwaitingFiler,
    int ExtensionCount,
    DateTime? LastReminderAt,
    string? NextStage,
    DateOnly? NextStageOpens);
