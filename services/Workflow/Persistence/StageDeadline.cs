namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// One stage's deadline for one filing (<c>workflow_deadlines</c>): the due instant it is held to, the cycle calendar
/// version it came from, how often it was extended, and whether the form is with the filer (reminders run) or handed
/// in (reminders stay cancelled until it comes back by withdrawal or 退回修改).
/// </summary>
public sealed class StageDeadline
{
    public required Guid FilingId { get; init; }
    public required string Stage { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public DateTime? DueAt { get; set; }
    public int? CalendarVersion { get; set; }
    public int ExtensionCount { get; set; }
    public bool AwaitingFiler { get; set; }
    public DateTime? OpenedAt { get; set; }
}
