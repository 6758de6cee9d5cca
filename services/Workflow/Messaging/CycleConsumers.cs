using MassTransit;
using Microsoft.EntityFrameworkCore;
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

    // Without change tracking: the history row is an insert, and the cycle moves forward in one conditional update; only
    // a filing heard of for the first time costs a second statement.
    private Task Record(Guid messageId, Guid filingId, string departmentId, int fiscalYear, string stage, string stageState, string change, DateTimeOffset at, CancellationToken cancellationToken) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, async (services, ct) =>
        {
            var db = services.GetRequiredService<WorkflowDbContext>();
            var when = at.UtcDateTime;
            db.StageChanges.Add(new StageChange { MessageId = messageId, FilingId = filingId, Stage = stage, Change = change, OccurredAt = when });
            var moved = await db.FilingCycles.Where(c => c.FilingId == filingId && c.UpdatedAt <= when)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Stage, stage).SetProperty(c => c.StageState, stageState).SetProperty(c => c.UpdatedAt, when), ct);
            if (moved == 0 && !await db.FilingCycles.AnyAsync(c => c.FilingId == filingId, ct))
            {
                db.FilingCycles.Add(new FilingCycle { FilingId = filingId, DepartmentId = departmentId, FiscalYear = fiscalYear, Stage = stage, StageState = stageState, UpdatedAt = when });
            }
        }, cancellationToken);
}
