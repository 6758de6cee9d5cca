using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow.Messaging;

/// <summary>
/// Arms and cancels deadline timers from Filing's events (see <see cref="DeadlineScheduler"/>). Each message is acted
/// on once, in one transaction with the timers it changed. Planning counts from the event's own time, not from when
/// it is handled: after an outage the reminders that came due meanwhile are armed and go out late (once, see
/// <see cref="TimerSweeper"/>), while rungs that were already past when the stage opened are never armed.
/// </summary>
public sealed class TimerPlanningConsumers(WorkflowDbContext db, DeadlineScheduler scheduler, TimeProvider time) :
    IConsumer<FilingOpened>,
    IConsumer<StageOpened>,
    IConsumer<FilingSubmitted>,
    IConsumer<SubmissionWithdrawn>,
    IConsumer<ReviewRequested>,
    IConsumer<ReviewApproved>,
    IConsumer<ReviewTransferred>,
    IConsumer<FilingReturned>,
    IConsumer<StageApproved>
{
    public const string Name = "timers";

    public Task Consume(ConsumeContext<FilingOpened> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (at, ct) =>
            scheduler.FilingOpenedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, at, ct));
    }

    public Task Consume(ConsumeContext<StageOpened> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (at, ct) =>
            scheduler.StageOpenedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, at, ct));
    }

    public Task Consume(ConsumeContext<FilingSubmitted> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (_, ct) =>
            scheduler.SubmittedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.SubmittedBy, ct));
    }

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (at, ct) =>
            scheduler.BackWithFilerAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, at, "withdrawn", ct));
    }

    public Task Consume(ConsumeContext<ReviewRequested> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (_, ct) =>
            scheduler.ReviewRequestedAsync(m.MessageId, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.Step, m.Assignees, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<ReviewApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (_, ct) =>
            scheduler.ReviewApprovedAsync(m.FilingId, m.Stage, m.Step, m.ApprovedBy, m.StepCompleted, ct));
    }

    public Task Consume(ConsumeContext<ReviewTransferred> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (_, ct) =>
            scheduler.ReviewTransferredAsync(m.FilingId, m.Stage, m.Step, m.From, m.To, ct));
    }

    public Task Consume(ConsumeContext<FilingReturned> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (at, ct) =>
            scheduler.ReturnedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.FromStep, m.ToStep, m.FiledBy, at, ct));
    }

    public Task Consume(ConsumeContext<StageApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.OccurredAt, context.CancellationToken, (at, ct) =>
            scheduler.StageApprovedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.FiledBy, at, ct));
    }

    private async Task Once(Guid messageId, DateTimeOffset occurredAt, CancellationToken ct, Func<DateTimeOffset, CancellationToken, Task> apply)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.ProcessOnceAsync(Name, messageId, time.GetUtcNow(), _ => apply(occurredAt, ct), ct))
        {
            await transaction.CommitAsync(ct);
        }
    }
}
