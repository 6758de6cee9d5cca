using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// The rows a filing's planning starts from, found in the unit of work or the database, or added to the unit of work:
/// its timetable (calendar version, filer) and each stage's deadline.
/// </summary>
public sealed class FilingTimetables(WorkflowDbContext db, CycleCalendarStore calendars, WorkflowOptions options)
{
    /// <summary>The filing's timetable; a new filing keeps the region's current cycle calendar version.</summary>
    public async Task<FilingTimetable> OfAsync(FilingStage filing, CancellationToken ct)
    {
        var timetable = db.Timetables.Local.FirstOrDefault(t => t.FilingId == filing.FilingId)
            ?? await db.Timetables.SingleOrDefaultAsync(t => t.FilingId == filing.FilingId, ct);
        if (timetable is null)
        {
            var current = await calendars.CurrentAsync(options.Region, filing.FiscalYear, ct);
            timetable = new FilingTimetable
            {
                FilingId = filing.FilingId, DepartmentId = filing.DepartmentId, FiscalYear = filing.FiscalYear,
                Region = options.Region, CalendarVersion = current.Version,
            };
            db.Timetables.Add(timetable);
        }

        return timetable;
    }

    /// <summary>Remembers who filed, so the filer's reminders go to that person rather than to the department's filers.</summary>
    public async Task NoteFilerAsync(FilingStage filing, string filedBy, CancellationToken ct)
    {
        var timetable = await OfAsync(filing, ct);
        timetable.FiledBy = string.IsNullOrWhiteSpace(filedBy) ? timetable.FiledBy : filedBy;
    }

    /// <summary>The stage's deadline row; a new one starts with <paramref name="awaitingFilerIfNew"/>.</summary>
    public async Task<StageDeadline> DeadlineAsync(FilingStage filing, bool awaitingFilerIfNew, CancellationToken ct)
    {
        var stage = filing.Stage.ToString();
        var deadline = db.Deadlines.Local.FirstOrDefault(d => d.FilingId == filing.FilingId && d.Stage == stage)
            ?? await db.Deadlines.SingleOrDefaultAsync(d => d.FilingId == filing.FilingId && d.Stage == stage, ct);
        if (deadline is null)
        {
            deadline = new StageDeadline
            {
                FilingId = filing.FilingId, Stage = stage, DepartmentId = filing.DepartmentId, FiscalYear = filing.FiscalYear,
                AwaitingFiler = awaitingFilerIfNew,
            };
            db.Deadlines.Add(deadline);
        }

        return deadline;
    }

    /// <summary>The cycle calendar the filing follows: <paramref name="version"/> when a deadline fixed one, else the timetable's.</summary>
    public Task<CycleCalendar> CalendarAsync(FilingTimetable timetable, int? version, CancellationToken ct) =>
        calendars.VersionAsync(timetable.Region, timetable.FiscalYear, version ?? timetable.CalendarVersion, ct);
}
