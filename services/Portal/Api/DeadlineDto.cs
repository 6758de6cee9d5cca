namespace PerfWorkflow.Portal.Api;

/// <summary>One filing on Workflow's deadline board (GET /api/workflow/deadlines).</summary>
public sealed record DeadlineDto(
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
    DateTimeOffset? LastReminderAt,
    string? NextStage,
    DateOnly? NextStageOpens);
