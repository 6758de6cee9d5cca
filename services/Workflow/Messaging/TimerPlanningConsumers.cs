using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
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
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.FilingOpenedAsync(new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<StageOpened> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.StageOpenedAsync(new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.OccurredAt, ct));
    }

    public Task Consume(ConsumeContext<FilingSubmitted> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.SubmittedAsync(new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.SubmittedBy, ct));
    }

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.BackWithFilerAsync(new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.OccurredAt, "withdrawn", ct));
    }

    public Task Consume(ConsumeContext<ReviewRequested> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.ReviewRequestedAsync(new ReviewRequest(m.MessageId, new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.Step, m.Assignees, m.OccurredAt), ct));
    }

    public Task Consume(ConsumeContext<ReviewApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.ReviewApprovedAsync(new FilingReviewStep(m.FilingId, stage, m.Step), m.ApprovedBy, m.StepCompleted, ct));
    }

    public Task Consume(ConsumeContext<ReviewTransferred> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.ReviewTransferredAsync(new FilingReviewStep(m.FilingId, stage, m.Step), m.From, m.To, ct));
    }

    public Task Consume(ConsumeContext<FilingReturned> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.ReturnedAsync(new StageReturn(new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.FromStep, m.ToStep, m.FiledBy, m.OccurredAt), ct));
    }

    public Task Consume(ConsumeContext<StageApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, m.Stage, context.CancellationToken, (scheduler, stage, ct) =>
            scheduler.StageApprovedAsync(new FilingStage(m.FilingId, m.DepartmentId, m.FiscalYear, stage), m.FiledBy, m.OccurredAt, ct));
    }

    // The stage key is read once, here: a message naming no stage is recorded as processed and changes nothing. The
    // scheduler is the batch's scope's, so its changes and set-based cancels are in the batch's transaction; the
    // filing is announced so that its timetable and deadlines are read with the batch's other filings'.
    private Task Once(Guid messageId, Guid filingId, string stageKey, CancellationToken ct, Func<DeadlineScheduler, CycleStage, CancellationToken, Task> apply) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, (services, token) =>
            DeadlineStages.TryParse(stageKey, out var stage) ? apply(services.GetRequiredService<DeadlineScheduler>(), stage, token) : Task.CompletedTask, ct,
            services => services.GetRequiredService<FilingTimetables>().Expect(filingId));
}
