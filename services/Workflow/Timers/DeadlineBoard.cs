using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// Reads every visible filing's standing against its current stage's deadline, as of the service's clock (simulated
/// or real), with the working-day calendar the reminders use: what the deadline board and the filer's pages show.
/// </summary>
public sealed class DeadlineBoard(WorkflowDbContext db, CycleCalendarStore calendars, WorkingDayCalendarFiles workingDays, TimeProvider time)
{
    private static readonly string[] ReminderKinds = [TimerKinds.ReminderBefore, TimerKinds.Due, TimerKinds.OverdueRepeat];

    /// <param name="region">The caller's region.</param>
    /// <param name="departmentId">Only this department's filings; null for the whole region (the finance bureau).</param>
    public async Task<IReadOnlyList<DeadlineBoardRow>> ReadAsync(string region, string? departmentId, int? fiscalYear, Guid? filingId, CancellationToken ct)
    {
        var now = await time.NowAsync(ct);
        var clock = DeadlineClock.ChinaStandardTime;
        var today = clock.LocalDate(now);
        var cycles = await db.FilingCycles.AsNoTracking()
            .Join(db.Timetables.AsNoTracking().Where(t => t.Region == region), c => c.FilingId, t => t.FilingId, (c, t) => new { Cycle = c, t.CalendarVersion })
            .Where(x => fiscalYear == null || x.Cycle.FiscalYear == fiscalYear)
            .Where(x => departmentId == null || x.Cycle.DepartmentId == departmentId)
            .Where(x => filingId == null || x.Cycle.FilingId == filingId)
            .ToListAsync(ct);
        var ids = cycles.Select(x => x.Cycle.FilingId).ToList();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => ids.Contains(d.FilingId)).ToListAsync(ct))
            .ToDictionary(d => (d.FilingId, d.Stage));
        var reminders = (await db.Timers.AsNoTracking()
                .Where(t => ids.Contains(t.FilingId) && ReminderKinds.Contains(t.Kind) && t.Status == TimerStatuses.Fired)
                .Select(t => new { t.FilingId, t.Stage, t.FiredAt })
                .ToListAsync(ct))
            .GroupBy(t => (t.FilingId, t.Stage))
            .ToDictionary(g => g.Key, g => g.Max(t => t.FiredAt));

        var rows = new List<DeadlineBoardRow>(cycles.Count);
        foreach (var (cycle, calendarVersion) in cycles.Select(x => (x.Cycle, x.CalendarVersion)))
        {
            deadlines.TryGetValue((cycle.FilingId, cycle.Stage), out var deadline);
            DeadlineStanding? standing = null;
            if (deadline?.DueAt is { } dueAt)
            {
                var awaiting = deadline.AwaitingFiler && cycle.StageState is "Draft" or "Returned";
                standing = DeadlineStanding.Of(clock.DueDateOf(new DateTimeOffset(dueAt, TimeSpan.Zero)), today, awaiting, workingDays.Calendar);
            }

            var (nextStage, opens) = await NextStageAsync(region, cycle, calendarVersion, ct);
            rows.Add(new DeadlineBoardRow(
                cycle.FilingId, cycle.DepartmentId, cycle.FiscalYear, cycle.Stage, cycle.StageState,
                standing?.DueDate, standing?.WorkingDaysLeft, standing?.DaysOverdue ?? 0, standing?.IsOverdue ?? false,
                deadline?.AwaitingFiler ?? false, deadline?.ExtensionCount ?? 0,
                reminders.GetValueOrDefault((cycle.FilingId, cycle.Stage)), nextStage, opens));
        }

        return rows;
    }

    private async Task<(string? Stage, DateOnly? Opens)> NextStageAsync(string region, FilingCycle cycle, int calendarVersion, CancellationToken ct)
    {
        if (!Enum.TryParse<CycleStage>(cycle.Stage, out var stage) || stage is not (CycleStage.Declaration or CycleStage.Monitoring))
        {
            return (stage == CycleStage.SelfEvaluation ? nameof(CycleStage.Rectification) : null, null);
        }

        var next = stage + 1;
        var calendar = await calendars.VersionAsync(region, cycle.FiscalYear, calendarVersion, ct);
        return (next.ToString(), calendar.WindowOf(next).Opens);
    }
}
