using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// Fires due timers exactly once, however many replicas sweep: one transaction claims a batch of due pending rows
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so replicas take disjoint batches; SQLite has a single writer), marks
/// each fired and writes its event to the outbox, and commits. A crash before the commit leaves the rows pending for
/// the next sweep; after the commit they are history.
/// <para>
/// After downtime several reminders of one deadline can be due at once: <see cref="MissedTimerCatchUp"/> sends only
/// the latest, marked late, and cancels the others as superseded. It looks at every due reminder of the claimed
/// deadlines, not only the claimed ones, so the decision does not depend on where a batch happened to end.
/// </para>
/// </summary>
public sealed class TimerSweeper(
    WorkflowDbContext db,
    TimeProvider time,
    WorkflowOptions options,
    WorkingDayCalendarFiles workingDays)
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

        var superseded = await SupersededAsync(claimed, now, nowUtc, ct);
        var filingIds = claimed.Select(t => t.FilingId).Distinct().ToList();
        var timetables = await db.Timetables.AsNoTracking().Where(t => filingIds.Contains(t.FilingId)).ToDictionaryAsync(t => t.FilingId, ct);
        foreach (var timer in claimed)
        {
            if (superseded.Contains(timer.Key))
            {
                timer.Status = TimerStatuses.Cancelled;
                timer.CancelReason = "superseded";
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
        return claimed.Count;
    }

    private async Task<HashSet<string>> SupersededAsync(List<TimerRecord> claimed, DateTimeOffset now, DateTime nowUtc, CancellationToken ct)
    {
        var reminderFilings = claimed.Where(t => FilerReminderKinds.Contains(t.Kind)).Select(t => t.FilingId).Distinct().ToList();
        if (reminderFilings.Count == 0)
        {
            return [];
        }

        var due = await db.Timers.AsNoTracking()
            .Where(t => reminderFilings.Contains(t.FilingId) && t.Status == TimerStatuses.Pending && t.FireAt <= nowUtc && FilerReminderKinds.Contains(t.Kind))
            .ToListAsync(ct);
        var planned = due.Concat(claimed.Where(c => FilerReminderKinds.Contains(c.Kind)))
            .DistinctBy(t => t.Key)
            .Select(TimerRows.ToPlanned).OfType<PlannedTimer>();
        return MissedTimerCatchUp.Decide(planned, now).Superseded.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
    }
}
