using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// A stage deadline's due instant and its timers in the store: fixes the due instant, arms the ladder the domain plans
/// (<see cref="DeadlinePlanner"/>, <see cref="LadderRearming"/>) and cancels timers with set-based updates when the
/// unit of work is saved.
/// </summary>
public sealed class DeadlineLadder(
    WorkflowDbContext db,
    FilingTimetables timetables,
    WorkingDayCalendarFiles workingDays,
    WorkflowOptions options,
    TimerCancellations cancellations,
    ILogger<DeadlineLadder> logger)
{
    public static DeadlineClock Clock => DeadlineClock.ChinaStandardTime;

    /// <summary>
    /// An extended deadline keeps its whole ladder stored: <see cref="ExtensionReplanner"/> decides the "…:extN" keys
    /// of rungs that fired before the extension from the rows it sees, which a ladder stored one rung at a time lacks.
    /// </summary>
    public static bool PlansLazily(StageDeadline deadline) => deadline.ExtensionCount == 0;

    /// <summary>The due instant of a stage for a filing: its calendar version, or a later extension for its department.</summary>
    public async Task<DateTimeOffset?> DueAtAsync(FilingTimetable timetable, FilingStage filing, CancellationToken ct)
    {
        if (workingDays.Calendar is not { } working)
        {
            logger.LogWarning("No working-day calendar loaded: deadline of {FilingId} {Stage} not planned", filing.FilingId, filing.Stage);
            return null;
        }

        var calendar = await timetables.CalendarAsync(timetable, null, ct);
        try
        {
            var due = calendar.DeadlineFor(filing.FilingId, filing.DepartmentId, filing.Stage, working, Clock).DueAt;
            var stageName = filing.Stage.ToString();
            var extended = await db.Extensions.AsNoTracking()
                .Where(e => e.Region == timetable.Region && e.FiscalYear == timetable.FiscalYear && e.Stage == stageName && e.DepartmentId == timetable.DepartmentId)
                .OrderByDescending(e => e.NewDueDate).Select(e => (DateOnly?)e.NewDueDate).FirstOrDefaultAsync(ct);
            return extended is { } date && Clock.DueInstant(date) > due ? Clock.DueInstant(date) : due;
        }
        catch (WorkingDayCalendarNotCoveredException ex)
        {
            logger.LogWarning("Deadline of {FilingId} {Stage} not planned: {Reason}", filing.FilingId, filing.Stage, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// (Re-)arms the deadline's reminder ladder and escalation still ahead of <paramref name="cutoff"/>: lazily the one
    /// rung that can fire next (the sweep arms each following one as it fires, see <see cref="LadderSuccessions"/>),
    /// else every rung.
    /// </summary>
    public async Task ArmAsync(StageDeadline deadline, DateTimeOffset cutoff, CancellationToken ct)
    {
        if (deadline.DueAt is not { } dueAt || workingDays.Calendar is not { } working || !DeadlineStages.TryParse(deadline.Stage, out var stage))
        {
            return;
        }

        var filing = new FilingStage(deadline.FilingId, deadline.DepartmentId, deadline.FiscalYear, stage);
        var timetable = await timetables.OfAsync(filing, ct);
        var calendar = await timetables.CalendarAsync(timetable, deadline.CalendarVersion, ct);
        TimerPlan plan;
        try
        {
            var filingDeadline = new FilingDeadline(deadline.FilingId, deadline.DepartmentId, deadline.FiscalYear, stage, new DateTimeOffset(dueAt, TimeSpan.Zero));
            plan = DeadlinePlanner.Plan(filingDeadline, calendar.RulesWith(working, Clock));
        }
        catch (WorkingDayCalendarNotCoveredException ex)
        {
            logger.LogWarning("Reminders of {FilingId} {Stage} not planned: {Reason}", deadline.FilingId, deadline.Stage, ex.Message);
            return;
        }

        var rows = (await db.Timers
                .Where(t => t.FilingId == deadline.FilingId && t.Stage == deadline.Stage && TimerKinds.Deadline.Contains(t.Kind))
                .ToListAsync(ct))
            .ToDictionary(r => r.Key, StringComparer.Ordinal);
        var stored = rows.Values.Select(r => new StoredTimer(r.Key, r.Status == TimerStatuses.Fired)).ToList();
        IReadOnlyList<TimerArming> armings = options.LazyTimers && PlansLazily(deadline)
            ? LazyLadder.FirstAfter(plan, cutoff, stored) is { } next ? [next] : []
            : LadderRearming.Decide(plan, cutoff, stored);
        foreach (var arming in armings)
        {
            if (arming.ExistingKey is { } key)
            {
                TimerRows.Rearm(rows[key], arming.Timer);
            }
            else
            {
                timetables.AddTimer(TimerRows.New(arming.Timer, deadline.DepartmentId, deadline.FiscalYear, cutoff));
            }
        }
    }

    /// <summary>
    /// Cancels the stage's waiting timers of the cancellation's kinds when the unit of work is saved
    /// (<see cref="TimerCancellations"/>, set-based).
    /// </summary>
    public void Cancel(TimerCancellation cancellation) => cancellations.Add(cancellation);
}
