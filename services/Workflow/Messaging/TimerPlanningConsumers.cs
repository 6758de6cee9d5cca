using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow.Messaging;

/// <summary>
/// Arms and cancels deadline timers from Filing's events (see <see cref="DeadlineScheduler"/>). Each message is acted
/// on once, in one transaction with the timers it changed (shared with the other messages of its batch, see
/// <see cref="ConsumerBatches{TContext}"/>). Planning counts from the event's own time, not from when
/// it is handled: after an outage the reminders that came due meanwhile are armed and go out late (once, see
/// <see cref="TimerSweeper"/>), while rungs that were already past when the stage opened are never armed.
/// </summary>
public sealed class TimerPlanningConsumers(ConsumerBatches<WorkflowDbContext> batches) :
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
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, at, ct) =>
            scheduler.FilingOpenedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, at, ct));
    }

    public Task Consume(ConsumeContext<StageOpened> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, at, ct) =>
            scheduler.StageOpenedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, at, ct));
    }

    public Task Consume(ConsumeContext<FilingSubmitted> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, _, ct) =>
            scheduler.SubmittedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.SubmittedBy, ct));
    }

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, at, ct) =>
            scheduler.BackWithFilerAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, at, "withdrawn", ct));
    }

    public Task Consume(ConsumeContext<ReviewRequested> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, _, ct) =>
            scheduler.ReviewRequestedAsync(m.MessageId, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.Step, m.Assignees, m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<ReviewApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, _, ct) =>
            scheduler.ReviewApprovedAsync(m.FilingId, m.Stage, m.Step, m.ApprovedBy, m.StepCompleted, ct));
    }

    public Task Consume(ConsumeContext<ReviewTransferred> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, _, ct) =>
            scheduler.ReviewTransferredAsync(m.FilingId, m.Stage, m.Step, m.From, m.To, ct));
    }

    public Task Consume(ConsumeContext<FilingReturned> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, at, ct) =>
            scheduler.ReturnedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.FromStep, m.ToStep, m.FiledBy, at, ct));
    }

    public Task Consume(ConsumeContext<StageApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.OccurredAt, context.CancellationToken, (scheduler, at, ct) =>
            scheduler.StageApprovedAsync(m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.FiledBy, at, ct));
    }

    // The scheduler of the batch's scope: its changes and set-based cancels are in the batch's transaction.
    private Task Once(Guid messageId, Guid filingId, DateTimeOffset occurredAt, CancellationToken ct, Func<DeadlineScheduler, DateTimeOffset, CancellationToken, Task> apply) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, (services, token) => apply(services.GetRequiredService<DeadlineScheduler>(), occurredAt, token), ct);
}
