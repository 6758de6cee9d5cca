namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// One version of a region's cycle calendar for a fiscal year (<c>workflow_cycle_calendars</c>), stored as the JSON
/// of <c>PerfWorkflow.Domain.Deadlines.CycleCalendar</c>. Versions are never changed, only added.
/// </summary>
public sealed class CycleCalendarVersion
{
    public required string Region { get; init; }
    public required int FiscalYear { get; init; }
    public required int Version { get; init; }
    public required string Definition { get; init; }
    public required string CreatedBy { get; init; }
    public required string Reason { get; init; }
    public required DateTime CreatedAt { get; init; }
}
