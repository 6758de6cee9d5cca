using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Telemetry;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// Fires due timers exactly once, however many replicas sweep: one transaction claims a batch of due pending rows
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so replicas take disjoint batches; SQLite has a single writer), marks
/// each fired and writes its event to the outbox, and commits. A crash before the commit leaves the rows pending for
/// the next sweep; after the commit they are history.
/// <para>
/// After downtime several reminders of one deadline can be due at once: <see cref="MissedTimerCatchUp"/> sends only
/// the latest, marked late, and cancels the others as superseded. The sweep decides a deadline only when it holds
/// every due reminder of it: it extends its claim to the deadline's other due reminders (<c>SKIP LOCKED</c>), and a
/// deadline with a due reminder another replica holds is left for a later sweep. A reminder of the deadline that
/// already fired counts too, so a replica that stalled after its claim does not send an older reminder after
/// another replica sent the latest.
/// </para>
/// </summary>
public sealed class TimerSweeper(
    WorkflowDbContext db,
    TimeProvider time,
    WorkflowOptions options,
    WorkingDayCalendarFiles workingDays,
    LadderSuccessions successions)
{
    private static readonly string[] FilerReminderKinds = [TimerKinds.ReminderBefore, TimerKinds.Due, TimerKinds.OverdueRepeat];

    public DeadlineClock Clock { get; } = DeadlineClock.ChinaStandardTime;

    /// <summary>Claims and fires one batch; returns how many timers it settled (fired or superseded).</summary>
    public async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        var now = await time.NowAsync(ct);
        var nowUtc = now.UtcDateTime;
        var batch = options.SweepBatchSize;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = db.IsPostgreSql
            ? await db.Timers.FromSql($"SELECT * FROM workflow_timers WHERE status = 'pending' AND fire_at <= {nowUtc} ORDER BY fire_at LIMIT {batch} FOR UPDATE SKIP LOCKED").ToListAsync(ct)
            : await db.Timers.Where(t => t.Status == TimerStatuses.Pending && t.FireAt <= nowUtc).OrderBy(t => t.FireAt).Take(batch).ToListAsync(ct);
        if (claimed.Count == 0)
        {
            await transaction.CommitAsync(ct);
            return 0;
        }

        TimerMetrics.Due.Add(claimed.Count);
        var (held, history) = await CatchUpAsync(claimed, nowUtc, ct);
        var succession = await successions.FollowAsync(held, now, ct);
        var settle = held.Concat(succession.AlsoDue).ToList();
        var superseded = Superseded(settle, history, succession.HandedIn, now);
        var filingIds = settle.Select(t => t.FilingId).Distinct().ToList();
        var timetables = await db.Timetables.AsNoTracking().Where(t => filingIds.Contains(t.FilingId)).ToDictionaryAsync(t => t.FilingId, ct);
        foreach (var timer in settle)
        {
            if (succession.HandedIn.Contains(timer.Key) || superseded.Contains(timer.Key))
            {
                timer.Status = TimerStatuses.Cancelled;
                timer.CancelReason = succession.HandedIn.Contains(timer.Key) ? "handed-in" : "superseded";
                continue;
            }

            var late = now - new DateTimeOffset(timer.FireAt, TimeSpan.Zero) > options.LateAfter;
            timer.Status = TimerStatuses.Fired;
            timer.FiredAt = nowUtc;
            timer.Late = late;
            var messageId = Guid.CreateVersion7(now);
            var message = TimerEvents.For(timer, messageId, timetables.GetValueOrDefault(timer.FilingId), now, late, workingDays.Calendar, Clock);
            db.OutboxMessages.Add(OutboxSerializer.ToOutbox(message, messageId, now));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Record(settle, now);
        return settle.Count;
    }

    /// <summary>
    /// Which timers this sweep settles: the claimed ones, plus the other due reminders of the claimed deadlines it could
    /// lock, minus the reminders of deadlines it does not hold whole; and the reminders of those deadlines that already
    /// fired (a later one fired by another replica supersedes an older one still held here).
    /// </summary>
    private async Task<(List<TimerRecord> Settle, List<PlannedTimer> History)> CatchUpAsync(List<TimerRecord> claimed, DateTime nowUtc, CancellationToken ct)
    {
        var reminderFilings = claimed.Where(t => FilerReminderKinds.Contains(t.Kind)).Select(t => t.FilingId).Distinct().ToList();
        if (reminderFilings.Count == 0)
        {
            return (claimed, []);
        }

        // Row locks first, then a fresh look: a reminder that is due and pending there but not locked here is held by
        // another sweep; one that fired meanwhile is seen as fired.
        var held = db.IsPostgreSql
            ? await db.Timers.FromSql($"SELECT * FROM workflow_timers WHERE filing_id = ANY({reminderFilings.ToArray()}) AND status = 'pending' AND fire_at <= {nowUtc} AND kind IN ('reminder-before', 'due', 'overdue-repeat') FOR UPDATE SKIP LOCKED").ToListAsync(ct)
            : await db.Timers.Where(t => reminderFilings.Contains(t.FilingId) && t.Status == TimerStatuses.Pending && t.FireAt <= nowUtc && FilerReminderKinds.Contains(t.Kind)).ToListAsync(ct);
        var heldKeys = held.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var current = await db.Timers.AsNoTracking()
            .Where(t => reminderFilings.Contains(t.FilingId) && FilerReminderKinds.Contains(t.Kind)
                && ((t.Status == TimerStatuses.Pending && t.FireAt <= nowUtc) || t.Status == TimerStatuses.Fired))
            .ToListAsync(ct);
        var elsewhere = current.Where(t => t.Status == TimerStatuses.Pending && !heldKeys.Contains(t.Key)).Select(Deadline).ToHashSet();

        var settle = claimed.Where(t => !FilerReminderKinds.Contains(t.Kind))
            .Concat(held.Where(t => !elsewhere.Contains(Deadline(t))))
            .DistinctBy(t => t.Key)
            .ToList();
        var history = current.Where(t => t.Status == TimerStatuses.Fired).Select(TimerRows.ToPlanned).OfType<PlannedTimer>().ToList();
        return (settle, history);
    }

    /// <summary>The settled reminders that a later missed reminder of the same deadline supersedes (<see cref="MissedTimerCatchUp"/>).</summary>
    private static HashSet<string> Superseded(List<TimerRecord> settle, List<PlannedTimer> history, IReadOnlySet<string> handedIn, DateTimeOffset now)
    {
        var settling = settle.Where(t => FilerReminderKinds.Contains(t.Kind) && !handedIn.Contains(t.Key)).ToList();
        if (settling.Count == 0)
        {
            return [];
        }

        var keys = settling.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var candidates = history.Concat(settling.Select(TimerRows.ToPlanned).OfType<PlannedTimer>()).DistinctBy(t => t.Key);
        return MissedTimerCatchUp.Decide(candidates, now).Superseded.Where(t => keys.Contains(t.Key)).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static void Record(List<TimerRecord> settled, DateTimeOffset now)
    {
        foreach (var timer in settled)
        {
            if (timer.Status == TimerStatuses.Fired)
            {
                TimerMetrics.Fired.Add(1, new KeyValuePair<string, object?>("kind", timer.Kind));
                TimerMetrics.FireDelay.Record((now - new DateTimeOffset(timer.FireAt, TimeSpan.Zero)).TotalSeconds);
                if (timer.Late)
                {
                    TimerMetrics.Late.Add(1, new KeyValuePair<string, object?>("kind", timer.Kind));
                }
            }
            else
            {
                TimerMetrics.Superseded.Add(1);
            }
        }
    }

    private static (Guid FilingId, string Stage) Deadline(TimerRecord timer) => (timer.FilingId, timer.Stage);
}
