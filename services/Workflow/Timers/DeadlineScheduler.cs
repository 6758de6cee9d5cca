using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// Arms and cancels the durable timers as Filing's events tell Workflow where each filing stands. It only changes
/// the unit of work (and cancels rows with set-based updates): the caller commits, together with the record that the
/// message was processed. "Now" for planning is the event's own time: a timer whose moment came before the event
/// happened is not armed (nobody missed it), one that came due while Workflow was catching up fires late.
/// </summary>
public sealed class DeadlineScheduler(
    WorkflowDbContext db,
    CycleCalendarStore calendars,
    WorkingDayCalendarFiles workingDays,
    WorkflowOptions options,
    ILogger<DeadlineScheduler> logger)
{
    private static readonly CycleStage[] PlannedStages = [CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation];

    public DeadlineClock Clock { get; } = DeadlineClock.ChinaStandardTime;

    /// <summary>A new filing: it keeps today's cycle calendar version; its declaration opens; later stages get an open-stage timer.</summary>
    public async Task FilingOpenedAsync(Guid filingId, string departmentId, int fiscalYear, string stage, DateTimeOffset at, CancellationToken ct)
    {
        var timetable = await TimetableAsync(filingId, departmentId, fiscalYear, ct);
        await StageOpenedAsync(filingId, departmentId, fiscalYear, stage, at, ct);
        if (!TimerRows.TryParseStage(stage, out var opened))
        {
            return;
        }

        var calendar = await calendars.VersionAsync(timetable.Region, fiscalYear, timetable.CalendarVersion, ct);
        var existing = await db.Timers.Where(t => t.FilingId == filingId && t.Kind == TimerKinds.OpenStage).Select(t => t.Key).ToListAsync(ct);
        foreach (var later in PlannedStages.Where(s => s > opened))
        {
            var fireAt = Clock.At(calendar.WindowOf(later).Opens, TimeOnly.MinValue);
            var key = OpenStageKey(filingId, later, 0);
            if (fireAt > at && !existing.Contains(key))
            {
                db.Timers.Add(OpenStageTimer(key, filingId, departmentId, fiscalYear, later, fireAt, at));
            }
        }
    }

    /// <summary>A stage opened: its deadline is fixed from the filing's calendar version and its reminders armed.</summary>
    public async Task StageOpenedAsync(Guid filingId, string departmentId, int fiscalYear, string stage, DateTimeOffset at, CancellationToken ct)
    {
        if (!TimerRows.TryParseStage(stage, out var parsed) || !PlannedStages.Contains(parsed))
        {
            return;
        }

        var timetable = await TimetableAsync(filingId, departmentId, fiscalYear, ct);
        var deadline = await DeadlineAsync(filingId, departmentId, fiscalYear, stage, awaitingFiler: true, ct);
        if (deadline.OpenedAt is not null)
        {
            return;
        }

        deadline.OpenedAt = at.UtcDateTime;
        deadline.CalendarVersion ??= timetable.CalendarVersion;
        deadline.DueAt ??= (await DueAtAsync(timetable, parsed, ct))?.UtcDateTime;
        if (deadline.AwaitingFiler)
        {
            await ArmDeadlineTimersAsync(deadline, at, ct);
        }
    }

    /// <summary>The filer handed the form in: their reminders and the escalation stop.</summary>
    public async Task SubmittedAsync(Guid filingId, string departmentId, int fiscalYear, string stage, string submittedBy, CancellationToken ct)
    {
        var timetable = await TimetableAsync(filingId, departmentId, fiscalYear, ct);
        timetable.FiledBy = string.IsNullOrWhiteSpace(submittedBy) ? timetable.FiledBy : submittedBy;
        var deadline = await DeadlineAsync(filingId, departmentId, fiscalYear, stage, awaitingFiler: false, ct);
        deadline.AwaitingFiler = false;
        await CancelAsync(filingId, stage, TimerKinds.Deadline, null, "submitted", ct);
    }

    /// <summary>The form is back with the filer (withdrawn, or 退回修改 to the filer): reminders still ahead are armed again.</summary>
    public async Task BackWithFilerAsync(Guid filingId, string departmentId, int fiscalYear, string stage, DateTimeOffset at, string reason, CancellationToken ct)
    {
        await CancelAsync(filingId, stage, [TimerKinds.ReviewOverdue], null, reason, ct);
        var deadline = await DeadlineAsync(filingId, departmentId, fiscalYear, stage, awaitingFiler: true, ct);
        deadline.AwaitingFiler = true;
        if (deadline.DueAt is not null)
        {
            await ArmDeadlineTimersAsync(deadline, at, ct);
        }
    }

    /// <summary>A review step waits on its assignees: they hear of it when it has waited the calendar's working days.</summary>
    public async Task ReviewRequestedAsync(Guid messageId, Guid filingId, string departmentId, int fiscalYear, string stage, int step, IReadOnlyList<string> assignees, DateTimeOffset at, CancellationToken ct)
    {
        if (!TimerRows.TryParseStage(stage, out var parsed) || workingDays.Calendar is not { } working)
        {
            return;
        }

        var timetable = await TimetableAsync(filingId, departmentId, fiscalYear, ct);
        var calendar = await calendars.VersionAsync(timetable.Region, fiscalYear, timetable.CalendarVersion, ct);
        DateTimeOffset dueAt;
        try
        {
            dueAt = calendar.ReviewStepDueAt(at, working, Clock);
        }
        catch (WorkingDayCalendarNotCoveredException ex)
        {
            logger.LogWarning("Review limit of {FilingId} {Stage} step {Step} not planned: {Reason}", filingId, stage, step, ex.Message);
            return;
        }

        var key = TimerKeys.ReviewLimit(filingId, parsed, step, messageId);
        if (await db.Timers.AnyAsync(t => t.Key == key, ct))
        {
            return;
        }

        db.Timers.Add(new TimerRecord
        {
            Key = key,
            FilingId = filingId,
            DepartmentId = departmentId,
            FiscalYear = fiscalYear,
            Stage = stage,
            Kind = TimerKinds.ReviewOverdue,
            Number = step,
            FireAt = dueAt.UtcDateTime,
            DueAt = dueAt.UtcDateTime,
            Status = TimerStatuses.Pending,
            Recipients = string.Join('\n', assignees),
            RequestedAt = at.UtcDateTime,
            CreatedAt = at.UtcDateTime,
        });
    }

    /// <summary>A signer approved: a completed step's limit is cancelled; in a 会签 step the signer is no longer reminded.</summary>
    public async Task ReviewApprovedAsync(Guid filingId, string stage, int step, string approvedBy, bool stepCompleted, CancellationToken ct)
    {
        if (stepCompleted)
        {
            await CancelAsync(filingId, stage, [TimerKinds.ReviewOverdue], step, "approved", ct);
            return;
        }

        await ReplaceRecipientAsync(filingId, stage, step, approvedBy, null, ct);
    }

    public Task ReviewTransferredAsync(Guid filingId, string stage, int step, string from, string to, CancellationToken ct) =>
        ReplaceRecipientAsync(filingId, stage, step, from, to, ct);

    /// <summary>退回修改: the returning step's limit goes; when the form goes back to the filer, their reminders resume.</summary>
    public async Task ReturnedAsync(Guid filingId, string departmentId, int fiscalYear, string stage, int fromStep, int? toStep, string filedBy, DateTimeOffset at, CancellationToken ct)
    {
        await CancelAsync(filingId, stage, [TimerKinds.ReviewOverdue], fromStep, "returned", ct);
        if (toStep is null)
        {
            var timetable = await TimetableAsync(filingId, departmentId, fiscalYear, ct);
            timetable.FiledBy = string.IsNullOrWhiteSpace(filedBy) ? timetable.FiledBy : filedBy;
            await BackWithFilerAsync(filingId, departmentId, fiscalYear, stage, at, "returned", ct);
        }
    }

    /// <summary>
    /// The stage is approved: everything still pending for it goes. If the next stage's opening date has already passed
    /// (Filing refused to open it while this one was unapproved), Workflow asks again at once.
    /// </summary>
    public async Task StageApprovedAsync(Guid filingId, string departmentId, int fiscalYear, string stage, string filedBy, DateTimeOffset at, CancellationToken ct)
    {
        var timetable = await TimetableAsync(filingId, departmentId, fiscalYear, ct);
        timetable.FiledBy = string.IsNullOrWhiteSpace(filedBy) ? timetable.FiledBy : filedBy;
        var deadline = await DeadlineAsync(filingId, departmentId, fiscalYear, stage, awaitingFiler: false, ct);
        deadline.AwaitingFiler = false;
        await CancelAsync(filingId, stage, [.. TimerKinds.Deadline, TimerKinds.ReviewOverdue], null, "approved", ct);

        if (!TimerRows.TryParseStage(stage, out var parsed) || PlannedStages.FirstOrDefault(s => s > parsed) is var next && next == default)
        {
            return;
        }

        var calendar = await calendars.VersionAsync(timetable.Region, fiscalYear, timetable.CalendarVersion, ct);
        var opensAt = Clock.At(calendar.WindowOf(next).Opens, TimeOnly.MinValue);
        var retryKey = OpenStageKey(filingId, next, 1);
        var scheduled = await db.Timers.AsNoTracking().SingleOrDefaultAsync(t => t.Key == OpenStageKey(filingId, next, 0), ct);
        var alreadyAsked = scheduled?.Status == TimerStatuses.Fired || (scheduled is null && opensAt <= at);
        if (alreadyAsked && !await db.Timers.AnyAsync(t => t.Key == retryKey, ct))
        {
            db.Timers.Add(OpenStageTimer(retryKey, filingId, departmentId, fiscalYear, next, at, at));
        }
    }

    /// <summary>The due instant of a stage for a filing: its calendar version, or a later extension for its department.</summary>
    public async Task<DateTimeOffset?> DueAtAsync(FilingTimetable timetable, CycleStage stage, CancellationToken ct)
    {
        if (workingDays.Calendar is not { } working)
        {
            logger.LogWarning("No working-day calendar loaded: deadline of {FilingId} {Stage} not planned", timetable.FilingId, stage);
            return null;
        }

        var calendar = await calendars.VersionAsync(timetable.Region, timetable.FiscalYear, timetable.CalendarVersion, ct);
        try
        {
            var due = calendar.DeadlineFor(timetable.FilingId, timetable.DepartmentId, stage, working, Clock).DueAt;
            var stageName = stage.ToString();
            var extended = await db.Extensions.AsNoTracking()
                .Where(e => e.Region == timetable.Region && e.FiscalYear == timetable.FiscalYear && e.Stage == stageName && e.DepartmentId == timetable.DepartmentId)
                .OrderByDescending(e => e.NewDueDate).Select(e => (DateOnly?)e.NewDueDate).FirstOrDefaultAsync(ct);
            return extended is { } date && Clock.DueInstant(date) > due ? Clock.DueInstant(date) : due;
        }
        catch (WorkingDayCalendarNotCoveredException ex)
        {
            logger.LogWarning("Deadline of {FilingId} {Stage} not planned: {Reason}", timetable.FilingId, stage, ex.Message);
            return null;
        }
    }

    public async Task<FilingTimetable> TimetableAsync(Guid filingId, string departmentId, int fiscalYear, CancellationToken ct)
    {
        var timetable = db.Timetables.Local.FirstOrDefault(t => t.FilingId == filingId)
            ?? await db.Timetables.SingleOrDefaultAsync(t => t.FilingId == filingId, ct);
        if (timetable is null)
        {
            var current = await calendars.CurrentAsync(options.Region, fiscalYear, ct);
            timetable = new FilingTimetable { FilingId = filingId, DepartmentId = departmentId, FiscalYear = fiscalYear, Region = options.Region, CalendarVersion = current.Version };
            db.Timetables.Add(timetable);
        }

        return timetable;
    }

    /// <summary>(Re-)arms the deadline's reminder ladder and escalation for every rung still ahead of <paramref name="cutoff"/>.</summary>
    public async Task ArmDeadlineTimersAsync(StageDeadline deadline, DateTimeOffset cutoff, CancellationToken ct)
    {
        if (deadline.DueAt is not { } dueAt || workingDays.Calendar is not { } working || !TimerRows.TryParseStage(deadline.Stage, out var stage))
        {
            return;
        }

        var timetable = await TimetableAsync(deadline.FilingId, deadline.DepartmentId, deadline.FiscalYear, ct);
        var calendar = await calendars.VersionAsync(timetable.Region, deadline.FiscalYear, deadline.CalendarVersion ?? timetable.CalendarVersion, ct);
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

        var rows = await db.Timers
            .Where(t => t.FilingId == deadline.FilingId && t.Stage == deadline.Stage && TimerKinds.Deadline.Contains(t.Kind))
            .ToListAsync(ct);
        foreach (var timer in plan.Timers.Where(t => t.FireAt > cutoff))
        {
            // After an extension a rung may live on under "{series}:extN"; the newest unfired one is the one to move.
            var candidates = rows.Where(r => r.Key == timer.Series || r.Key.StartsWith(timer.Series + ":ext", StringComparison.Ordinal)).ToList();
            var live = candidates.Where(r => r.Status != TimerStatuses.Fired).OrderByDescending(r => r.Key.Length).ThenByDescending(r => r.Key, StringComparer.Ordinal).FirstOrDefault();
            if (live is not null)
            {
                live.Status = TimerStatuses.Pending;
                live.CancelReason = null;
                live.FireAt = timer.FireAt.UtcDateTime;
                live.DueAt = timer.DueAt.UtcDateTime;
            }
            else if (candidates.Count == 0)
            {
                db.Timers.Add(TimerRows.New(timer, deadline.DepartmentId, deadline.FiscalYear, cutoff));
            }
        }
    }

    private async Task<StageDeadline> DeadlineAsync(Guid filingId, string departmentId, int fiscalYear, string stage, bool awaitingFiler, CancellationToken ct)
    {
        var deadline = db.Deadlines.Local.FirstOrDefault(d => d.FilingId == filingId && d.Stage == stage)
            ?? await db.Deadlines.SingleOrDefaultAsync(d => d.FilingId == filingId && d.Stage == stage, ct);
        if (deadline is null)
        {
            deadline = new StageDeadline { FilingId = filingId, Stage = stage, DepartmentId = departmentId, FiscalYear = fiscalYear, AwaitingFiler = awaitingFiler };
            db.Deadlines.Add(deadline);
        }

        return deadline;
    }

    // Set-based, so a row the sweep holds locked is re-checked after it commits: a fired timer stays fired.
    private Task<int> CancelAsync(Guid filingId, string stage, string[] kinds, int? number, string reason, CancellationToken ct) =>
        db.Timers
            .Where(t => t.FilingId == filingId && t.Stage == stage && t.Status == TimerStatuses.Pending && kinds.Contains(t.Kind))
            .Where(t => number == null || t.Number == number)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatuses.Cancelled).SetProperty(t => t.CancelReason, reason), ct);

    private async Task ReplaceRecipientAsync(Guid filingId, string stage, int step, string from, string? to, CancellationToken ct)
    {
        var pending = await db.Timers
            .Where(t => t.FilingId == filingId && t.Stage == stage && t.Kind == TimerKinds.ReviewOverdue && t.Number == step && t.Status == TimerStatuses.Pending)
            .ToListAsync(ct);
        foreach (var timer in pending)
        {
            var recipients = (timer.Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(r => r != from).ToList();
            if (to is not null && !recipients.Contains(to))
            {
                recipients.Add(to);
            }

            timer.Recipients = string.Join('\n', recipients);
        }
    }

    private static string OpenStageKey(Guid filingId, CycleStage stage, int attempt) => TimerKeys.StageOpening(filingId, stage, attempt);

    private static TimerRecord OpenStageTimer(string key, Guid filingId, string departmentId, int fiscalYear, CycleStage stage, DateTimeOffset fireAt, DateTimeOffset createdAt) => new()
    {
        Key = key,
        FilingId = filingId,
        DepartmentId = departmentId,
        FiscalYear = fiscalYear,
        Stage = stage.ToString(),
        Kind = TimerKinds.OpenStage,
        Number = 0,
        FireAt = fireAt.UtcDateTime,
        Status = TimerStatuses.Pending,
        CreatedAt = createdAt.UtcDateTime,
    };
}
