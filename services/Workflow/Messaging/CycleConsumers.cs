using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Messaging;

/// <summary>
/// Keeps each filing's place in the cycle as Filing reports it. Events may arrive out of order after a redelivery,
/// so a change only moves the cycle forward in time (an older event is recorded in the history but does not win).
/// </summary>
public sealed class CycleConsumers(ConsumerBatches<WorkflowDbContext> batches) :
    IConsumer<FilingOpened>,
    IConsumer<StageOpened>,
    IConsumer<FilingSubmitted>,
    IConsumer<FilingReturned>,
    IConsumer<SubmissionWithdrawn>,
    IConsumer<StageApproved>
{
    private const string Name = "cycle";

    public Task Consume(ConsumeContext<FilingOpened> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, nameof(StageState.Draft), CycleChanges.Opened, context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<StageOpened> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, nameof(StageState.Draft), CycleChanges.StageOpened, context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<FilingSubmitted> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, nameof(StageState.InReview), CycleChanges.Submitted, context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<FilingReturned> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, context.Message.ToStep is null ? nameof(StageState.Returned) : nameof(StageState.InReview), CycleChanges.Returned, context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, nameof(StageState.Draft), CycleChanges.Withdrawn, context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<StageApproved> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, nameof(StageState.Approved), CycleChanges.Approved, context.Message.OccurredAt, context.CancellationToken);

    // Without change tracking: the history row is an insert, and the position moves forward with the batch's other
    // filings' in one statement when the batch saves (CycleMoves).
    private Task Record(Guid messageId, Guid filingId, string departmentId, int fiscalYear, string stage, string stageState, string change, DateTimeOffset at, CancellationToken cancellationToken) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, (services, _) =>
        {
            var when = at.UtcDateTime;
            services.GetRequiredService<WorkflowDbContext>().StageChanges.Add(new StageChange { MessageId = messageId, FilingId = filingId, Stage = stage, Change = change, OccurredAt = when });
            services.GetRequiredService<CycleMoves>().Add(new CycleMove(filingId, departmentId, fiscalYear, stage, stageState, when));
            return Task.CompletedTask;
        }, cancellationToken);
}
