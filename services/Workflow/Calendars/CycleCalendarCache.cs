using System.Collections.Concurrent;
using PerfWorkflow.Domain.Deadlines;

namespace PerfWorkflow.Workflow.Calendars;

/// <summary>
/// The cycle calendar versions this process has read (a singleton: one per service and database). A stored version
/// never changes, so it can be kept; only "which version is current" must be asked of the database each time.
/// </summary>
public sealed class CycleCalendarCache
{
    public ConcurrentDictionary<(string Region, int FiscalYear, int Version), CycleCalendar> Versions { get; } = new();
}
