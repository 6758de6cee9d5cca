namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// What Workflow keeps per filing to plan its deadlines (<c>workflow_filing_timetables</c>): the cycle calendar
/// version the filing started with (kept unless an extension for all departments moves it on) and the last person
/// known to have filed for it, who receives the reminders (null until someone submits: then the department's filers
/// are addressed, see docs/decisions/0006-deadlines-and-timers.md).
/// </summary>
public sealed class FilingTimetable
{
    public required Guid FilingId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string Region { get; init; }
    public required int CalendarVersion { get; set; }
    public string? FiledBy { get; set; }
}
