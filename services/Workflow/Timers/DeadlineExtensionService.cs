using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// The performance office extends one stage's deadline for one department or for all, with a reason. One
/// transaction: the audit row, (for all) a new cycle calendar version that every filing of the year moves to, each
/// affected deadline re-planned by <see cref="ExtensionReplanner"/>, and a DeadlineExtended per filing in the outbox.
/// A filing whose form is handed in only has its due date moved; its reminders come back if it returns to the filer.
/// </summary>
public sealed class DeadlineExtensionService(
    WorkflowDbContext db,
    CycleCalendarStore calendars,
    WorkingDayCalendarFiles workingDays,
    TimeProvider time)
{
    public async Task<ExtensionOutcome> ExtendAsync(string region, int fiscalYear, CycleStage stage, string? departmentId, DateOnly newDueDate, string reason, string grantedBy, CancellationToken ct)
    {
        if (workingDays.Calendar is not { } working)
        {
            throw new InvalidOperationException("没有加载工作日历，无法计算延期后的提醒时间。");
        }

        var now = await time.NowAsync(ct);
        var clock = DeadlineLadder.Clock;
        var stageName = stage.ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await calendars.CurrentAsync(region, fiscalYear, ct);
        var calendarDue = current.EffectiveDueDate(stage, working);
        int? newVersion = null;
        var oldDueDate = calendarDue;
        if (departmentId is null)
        {
            if (newDueDate <= calendarDue)
            {
                throw new FilingRuleException("extension.not-later", $"新的截止日期 {newDueDate:yyyy-MM-dd} 必须晚于当前截止日期 {calendarDue:yyyy-MM-dd}。");
            }

            var extended = current.WithWindow(stage, current.WindowOf(stage) with { Due = newDueDate });
            calendars.Add(extended, grantedBy, $"延期（全部部门）：{reason}");
            newVersion = extended.Version;
            await db.Timetables.Where(t => t.Region == region && t.FiscalYear == fiscalYear)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.CalendarVersion, extended.Version), ct);
        }

        var deadlines = await db.Deadlines
            .Where(d => d.FiscalYear == fiscalYear && d.Stage == stageName && d.DueAt != null)
            .Where(d => departmentId == null || d.DepartmentId == departmentId)
            .Join(db.Timetables.Where(t => t.Region == region), d => d.FilingId, t => t.FilingId, (d, t) => d)
            .ToListAsync(ct);
        if (departmentId is not null && deadlines.Count == 1)
        {
            oldDueDate = clock.DueDateOf(new DateTimeOffset(deadlines[0].DueAt!.Value, TimeSpan.Zero));
        }

        if (departmentId is not null && newDueDate <= oldDueDate)
        {
            throw new FilingRuleException("extension.not-later", $"新的截止日期 {newDueDate:yyyy-MM-dd} 必须晚于当前截止日期 {oldDueDate:yyyy-MM-dd}。");
        }

        var filingIds = deadlines.Select(d => d.FilingId).ToList();
        var timers = (await db.Timers
                .Where(t => filingIds.Contains(t.FilingId) && t.Stage == stageName && TimerKinds.Deadline.Contains(t.Kind))
                .ToListAsync(ct))
            .GroupBy(t => t.FilingId).ToDictionary(g => g.Key, g => g.ToList());
        var timetables = await db.Timetables.AsNoTracking().Where(t => filingIds.Contains(t.FilingId)).ToDictionaryAsync(t => t.FilingId, ct);
        var rules = current.RulesWith(working, clock);
        var affected = 0;
        foreach (var deadline in deadlines)
        {
            var filingDeadline = new FilingDeadline(deadline.FilingId, deadline.DepartmentId, fiscalYear, stage, new DateTimeOffset(deadline.DueAt!.Value, TimeSpan.Zero));
            var ownDue = clock.DueDateOf(filingDeadline.DueAt);
            if (ownDue >= newDueDate)
            {
                continue;
            }

            var extension = new DeadlineExtension(deadline.ExtensionCount + 1, fiscalYear, stage, departmentId, newDueDate, reason, grantedBy, now);
            var rows = timers.GetValueOrDefault(deadline.FilingId) ?? [];
            if (deadline.AwaitingFiler)
            {
                Apply(ExtensionReplanner.Replan(filingDeadline, Current(rows), rows.Where(r => r.Status == TimerStatuses.Fired).Select(r => r.Key).ToHashSet(), extension, now, rules), rows, deadline, now);
            }

            deadline.DueAt = clock.DueInstant(newDueDate).UtcDateTime;
            deadline.ExtensionCount = extension.Sequence;
            deadline.CalendarVersion = newVersion ?? deadline.CalendarVersion;
            affected++;
            var messageId = Guid.CreateVersion7(now);
            var recipients = TimerEvents.FilerRecipients(deadline.DepartmentId, timetables.GetValueOrDefault(deadline.FilingId));
            db.OutboxMessages.Add(OutboxSerializer.ToOutbox(
                new DeadlineExtended(messageId, now, deadline.FilingId, deadline.DepartmentId, fiscalYear, stageName, ownDue, newDueDate, reason, grantedBy, departmentId is null, recipients),
                messageId, now));
        }

        var audit = new ExtensionAudit
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            FiscalYear = fiscalYear,
            Stage = stageName,
            DepartmentId = departmentId,
            OldDueDate = oldDueDate,
            NewDueDate = newDueDate,
            Reason = reason,
            GrantedBy = grantedBy,
            GrantedAt = now.UtcDateTime,
            CalendarVersion = newVersion,
            FilingsAffected = affected,
        };
        db.Extensions.Add(audit);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ExtensionOutcome(audit.Id, affected, newVersion, oldDueDate, newDueDate);
    }

    // One timer per series: the armed one if there is one, else the fired one (ExtensionReplanner's input).
    private static List<PlannedTimer> Current(List<TimerRecord> rows) =>
        [.. rows.Where(r => r.Status != TimerStatuses.Cancelled).Select(TimerRows.ToPlanned).OfType<PlannedTimer>()];

    private void Apply(TimerReplan replan, List<TimerRecord> rows, StageDeadline deadline, DateTimeOffset now)
    {
        var byKey = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var added = new List<TimerRecord>();
        foreach (var timer in replan.ToSchedule)
        {
            TimerRows.Upsert(added, byKey, timer, deadline.DepartmentId, deadline.FiscalYear, now);
        }

        db.Timers.AddRange(added);
        foreach (var timer in replan.ToCancel)
        {
            if (byKey.TryGetValue(timer.Key, out var row) && row.Status == TimerStatuses.Pending)
            {
                row.Status = TimerStatuses.Cancelled;
                row.CancelReason = "extension";
            }
        }
    }
}
