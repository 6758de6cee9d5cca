using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// The sweep's half of lazy planning (<see cref="LazyLadder"/>): for every deadline whose rung the sweep settles, arms
/// the rung after it in the sweep's own transaction, so a crash before the commit leaves the fired rung pending and
/// loses nothing. Rungs after it whose moment has also passed (after downtime) are returned to be settled in the same
/// sweep, so catch-up still sends one latest reminder. A deadline is followed only when it is lazily planned: not
/// extended (an extension arms the whole ladder, see <see cref="DeadlineLadder.PlansLazily"/>) and with no other rung
/// waiting (a ladder stored whole before lazy planning).
/// </summary>
public sealed class LadderSuccessions(
    WorkflowDbContext db,
    CycleCalendarStore calendars,
    WorkingDayCalendarFiles workingDays,
    WorkflowOptions options,
    ILogger<LadderSuccessions> logger)
{
    public async Task<LadderSuccessionOutcome> FollowAsync(IReadOnlyList<TimerRecord> settling, DateTimeOffset now, CancellationToken ct)
    {
        var rungs = settling.Where(t => TimerKinds.Deadline.Contains(t.Kind)).ToList();
        if (!options.LazyTimers || rungs.Count == 0)
        {
            return LadderSuccessionOutcome.Nothing;
        }

        var filingIds = rungs.Select(t => t.FilingId).Distinct().ToList();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => filingIds.Contains(d.FilingId)).ToListAsync(ct))
            .ToDictionary(d => (d.FilingId, d.Stage));

        // A rung armed by a sweep that raced the submission's cancel: the form is handed in, so it must not go out.
        var handedIn = rungs
            .Where(t => deadlines.TryGetValue((t.FilingId, t.Stage), out var d) && !d.AwaitingFiler)
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var followed = rungs
            .Where(t => !handedIn.Contains(t.Key))
            .GroupBy(t => (t.FilingId, t.Stage))
            .Where(g => deadlines.TryGetValue(g.Key, out var d) && DeadlineLadder.PlansLazily(d) && d.DueAt is not null)
            .ToList();
        if (followed.Count == 0 || workingDays.Calendar is not { } working)
        {
            return new LadderSuccessionOutcome([], handedIn);
        }

        var followedIds = followed.Select(g => g.Key.FilingId).Distinct().ToList();
        // Keys and states only: a stored rung is loaded whole (tracked) just when it is armed again.
        var stored = await db.Timers.AsNoTracking()
            .Where(t => followedIds.Contains(t.FilingId) && TimerKinds.Deadline.Contains(t.Kind))
            .Select(t => new StoredRung(t.FilingId, t.Stage, t.Key, t.Status))
            .ToListAsync(ct);
        var rungsOf = stored.ToLookup(t => (t.FilingId, t.Stage));
        var timetables = await db.Timetables.AsNoTracking().Where(t => followedIds.Contains(t.FilingId)).ToDictionaryAsync(t => t.FilingId, ct);
        var alsoDue = new List<TimerRecord>();
        foreach (var group in followed)
        {
            var deadline = deadlines[group.Key];
            var rows = rungsOf[group.Key].ToList();
            var settledKeys = group.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            if (rows.Any(r => r.Status == TimerStatuses.Pending && !settledKeys.Contains(r.Key)) || !timetables.TryGetValue(deadline.FilingId, out var timetable))
            {
                continue;
            }

            if (await PlanAsync(deadline, timetable, working, ct) is not { } plan)
            {
                continue;
            }

            var last = group.Select(TimerRows.ToPlanned).OfType<PlannedTimer>()
                .OrderBy(t => t.FireAt).ThenBy(t => t.Kind).LastOrDefault();
            if (last is null)
            {
                continue;
            }

            var succession = LazyLadder.After(plan, last, now, [.. rows.Select(r => new StoredTimer(r.Key, r.Status == TimerStatuses.Fired))]);
            foreach (var arming in succession.AlreadyDue)
            {
                alsoDue.Add(await ArmAsync(arming, deadline, now, ct));
            }

            if (succession.Next is { } next)
            {
                await ArmAsync(next, deadline, now, ct);
            }
        }

        return new LadderSuccessionOutcome(alsoDue, handedIn);
    }

    private async Task<TimerPlan?> PlanAsync(StageDeadline deadline, FilingTimetable timetable, WorkingDayCalendar working, CancellationToken ct)
    {
        if (!DeadlineStages.TryParse(deadline.Stage, out var stage))
        {
            return null;
        }

        var calendar = await calendars.VersionAsync(timetable.Region, deadline.FiscalYear, deadline.CalendarVersion ?? timetable.CalendarVersion, ct);
        try
        {
            var filingDeadline = new FilingDeadline(deadline.FilingId, deadline.DepartmentId, deadline.FiscalYear, stage, new DateTimeOffset(deadline.DueAt!.Value, TimeSpan.Zero));
            return DeadlinePlanner.Plan(filingDeadline, calendar.RulesWith(working, DeadlineLadder.Clock));
        }
        catch (WorkingDayCalendarNotCoveredException ex)
        {
            logger.LogWarning("Next reminder of {FilingId} {Stage} not planned: {Reason}", deadline.FilingId, deadline.Stage, ex.Message);
            return null;
        }
    }

    private async Task<TimerRecord> ArmAsync(TimerArming arming, StageDeadline deadline, DateTimeOffset now, CancellationToken ct)
    {
        if (arming.ExistingKey is { } key && await db.Timers.FindAsync([key], ct) is { } existing)
        {
            TimerRows.Rearm(existing, arming.Timer);
            return existing;
        }

        var row = TimerRows.New(arming.Timer, deadline.DepartmentId, deadline.FiscalYear, now);
        db.Timers.Add(row);
        return row;
    }

    private sealed record StoredRung(Guid FilingId, string Stage, string Key, string Status);
}
