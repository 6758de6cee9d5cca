using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// Arms and cancels the durable timers as Filing's events tell Workflow where each filing stands; the rules (which
/// timers, when, for whom) are the domain's (<see cref="DeadlinePlanner"/>, <see cref="LadderRearming"/>,
/// <see cref="StageOpeningPlanner"/>, <see cref="ReviewLimit"/>, <see cref="ReviewAssignees"/>). It only changes the
/// unit of work and queues set-based cancellations (<see cref="TimerCancellations"/>): the caller writes those and
/// saves, together with the record that the message was processed. "Now" for planning is the event's own time: a timer whose moment came before the event
/// happened is not armed (nobody missed it), one that came due while Workflow was catching up fires late.
/// </summary>
public sealed class DeadlineScheduler(
    WorkflowDbContext db,
    FilingTimetables timetables,
    DeadlineLadder ladder,
    WorkingDayCalendarFiles workingDays,
    ILogger<DeadlineScheduler> logger)
{
    public DeadlineClock Clock => DeadlineLadder.Clock;

    /// <summary>A new filing: it keeps today's cycle calendar version; its first stage opens; later stages get an opening timer.</summary>
    public async Task FilingOpenedAsync(FilingStage opened, DateTimeOffset at, CancellationToken ct)
    {
        var timetable = await timetables.OfAsync(opened, ct);
        await StageOpenedAsync(opened, at, ct);
        var calendar = await timetables.CalendarAsync(timetable, null, ct);
        foreach (var opening in StageOpeningPlanner.WhenFilingOpens(opened.FilingId, opened.Stage, calendar, Clock, at))
        {
            if (!await timetables.HasTimerAsync(opened.FilingId, opening.Key, ct))
            {
                timetables.AddTimer(TimerRows.New(opening, opened, at));
            }
        }
    }

    /// <summary>A stage opened: its deadline is fixed from the filing's calendar version and its reminders armed.</summary>
    public async Task StageOpenedAsync(FilingStage opened, DateTimeOffset at, CancellationToken ct)
    {
        if (!opened.HasDeadline)
        {
            return;
        }

        var timetable = await timetables.OfAsync(opened, ct);
        var deadline = await timetables.DeadlineAsync(opened, awaitingFilerIfNew: true, ct);
        if (deadline.OpenedAt is not null)
        {
            return;
        }

        deadline.OpenedAt = at.UtcDateTime;
        deadline.CalendarVersion ??= timetable.CalendarVersion;
        deadline.DueAt ??= (await ladder.DueAtAsync(timetable, opened, ct))?.UtcDateTime;
        if (deadline.AwaitingFiler)
        {
            await ladder.ArmAsync(deadline, at, ct);
        }
    }

    /// <summary>The filer handed the form in: their reminders and the escalation stop.</summary>
    public async Task SubmittedAsync(FilingStage submitted, string submittedBy, CancellationToken ct)
    {
        await timetables.NoteFilerAsync(submitted, submittedBy, ct);
        var deadline = await timetables.DeadlineAsync(submitted, awaitingFilerIfNew: false, ct);
        deadline.AwaitingFiler = false;
        ladder.Cancel(new TimerCancellation(submitted.FilingId, deadline.Stage, TimerKinds.Deadline, null, "submitted"));
    }

    /// <summary>The form is back with the filer (withdrawn, or 退回修改 to the filer): reminders still ahead are armed again.</summary>
    public async Task BackWithFilerAsync(FilingStage stage, DateTimeOffset at, string reason, CancellationToken ct)
    {
        ladder.Cancel(new TimerCancellation(stage.FilingId, stage.Stage.ToString(), [TimerKinds.ReviewOverdue], null, reason));
        var deadline = await timetables.DeadlineAsync(stage, awaitingFilerIfNew: true, ct);
        deadline.AwaitingFiler = true;
        if (deadline.DueAt is not null)
        {
            await ladder.ArmAsync(deadline, at, ct);
        }
    }

    /// <summary>A review step waits on its assignees: they hear of it when it has waited the calendar's working days.</summary>
    public async Task ReviewRequestedAsync(ReviewRequest request, CancellationToken ct)
    {
        if (workingDays.Calendar is not { } working)
        {
            return;
        }

        var timetable = await timetables.OfAsync(request.Stage, ct);
        var calendar = await timetables.CalendarAsync(timetable, null, ct);
        ReviewLimit limit;
        try
        {
            limit = ReviewLimit.For(request, calendar, working, Clock);
        }
        catch (WorkingDayCalendarNotCoveredException ex)
        {
            logger.LogWarning("Review limit of {FilingId} {Stage} step {Step} not planned: {Reason}", request.Stage.FilingId, request.Stage.Stage, request.Step, ex.Message);
            return;
        }

        if (!await timetables.HasTimerAsync(request.Stage.FilingId, limit.Key, ct))
        {
            timetables.AddTimer(TimerRows.New(limit));
        }
    }

    /// <summary>A signer approved: a completed step's limit is cancelled; in a 会签 step the signer is no longer waited on.</summary>
    public async Task ReviewApprovedAsync(FilingReviewStep step, string approvedBy, bool stepCompleted, CancellationToken ct)
    {
        if (stepCompleted)
        {
            ladder.Cancel(new TimerCancellation(step.FilingId, step.Stage.ToString(), [TimerKinds.ReviewOverdue], step.Step, "approved"));
            return;
        }

        await ChangeAssigneesAsync(step, assignees => ReviewAssignees.AfterSignature(assignees, approvedBy), ct);
    }

    public Task ReviewTransferredAsync(FilingReviewStep step, string from, string to, CancellationToken ct) =>
        ChangeAssigneesAsync(step, assignees => ReviewAssignees.AfterTransfer(assignees, from, to), ct);

    /// <summary>退回修改: the returning step's limit goes; when the form goes back to the filer, their reminders resume.</summary>
    public async Task ReturnedAsync(StageReturn returned, CancellationToken ct)
    {
        ladder.Cancel(new TimerCancellation(returned.Stage.FilingId, returned.Stage.Stage.ToString(), [TimerKinds.ReviewOverdue], returned.FromStep, "returned"));
        if (returned.BackWithFiler)
        {
            await timetables.NoteFilerAsync(returned.Stage, returned.FiledBy, ct);
            await BackWithFilerAsync(returned.Stage, returned.At, "returned", ct);
        }
    }

    /// <summary>
    /// The stage is approved: everything still pending for it goes. If the next stage's opening date has already passed
    /// (Filing refused to open it while this one was unapproved), Workflow asks again at once.
    /// </summary>
    public async Task StageApprovedAsync(FilingStage approved, string filedBy, DateTimeOffset at, CancellationToken ct)
    {
        await timetables.NoteFilerAsync(approved, filedBy, ct);
        var deadline = await timetables.DeadlineAsync(approved, awaitingFilerIfNew: false, ct);
        deadline.AwaitingFiler = false;
        ladder.Cancel(new TimerCancellation(approved.FilingId, deadline.Stage, [.. TimerKinds.Deadline, TimerKinds.ReviewOverdue], null, "approved"));
        if (DeadlineStages.NextAfter(approved.Stage) is not { } next)
        {
            return;
        }

        var timetable = await timetables.OfAsync(approved, ct);
        var calendar = await timetables.CalendarAsync(timetable, null, ct);
        var scheduledKey = TimerKeys.StageOpening(approved.FilingId, next, 0);
        var scheduledStatus = await db.Timers.AsNoTracking().Where(t => t.Key == scheduledKey).Select(t => t.Status).SingleOrDefaultAsync(ct);
        var scheduled = scheduledStatus switch
        {
            null => ScheduledOpening.NotArmed,
            TimerStatuses.Fired => ScheduledOpening.Fired,
            _ => ScheduledOpening.Waiting,
        };
        if (StageOpeningPlanner.WhenStageApproved(approved.FilingId, approved.Stage, scheduled, calendar, Clock, at) is { } retry
            && !await timetables.HasTimerAsync(approved.FilingId, retry.Key, ct))
        {
            timetables.AddTimer(TimerRows.New(retry, approved, at));
        }
    }

    private async Task ChangeAssigneesAsync(FilingReviewStep step, Func<IReadOnlyList<string>, IReadOnlyList<string>> change, CancellationToken ct)
    {
        var stage = step.Stage.ToString();
        var pending = await db.Timers
            .Where(t => t.FilingId == step.FilingId && t.Stage == stage && t.Kind == TimerKinds.ReviewOverdue && t.Number == step.Step && t.Status == TimerStatuses.Pending)
            .ToListAsync(ct);
        foreach (var timer in pending)
        {
            timer.Recipients = change(timer.Recipients ?? []);
        }
    }
}
