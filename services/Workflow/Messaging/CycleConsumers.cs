using MassTransit;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Messaging;

/// <summary>
/// Keeps each filing's place in the cycle as Filing reports it. Events may arrive out of order after a redelivery,
/// so a change only moves the cycle forward in time (an older event is recorded in the history but does not win).
/// </summary>
public sealed class CycleConsumers(WorkflowDbContext db, TimeProvider time) :
    IConsumer<FilingOpened>,
    IConsumer<StageOpened>,
    IConsumer<FilingSubmitted>,
    IConsumer<FilingReturned>,
    IConsumer<SubmissionWithdrawn>,
    IConsumer<StageApproved>
{
    private const string Name = "cycle";

    public Task Consume(ConsumeContext<FilingOpened> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, "Draft", "opened", context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<StageOpened> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, "Draft", "stage-opened", context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<FilingSubmitted> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, "InReview", "submitted", context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<FilingReturned> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, context.Message.ToStep is null ? "Returned" : "InReview", "returned", context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, "Draft", "withdrawn", context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<StageApproved> context) =>
        Record(context.Message.MessageId, context.Message.FilingId, context.Message.DepartmentId, context.Message.FiscalYear, context.Message.Stage, "Approved", "approved", context.Message.OccurredAt, context.CancellationToken);

    private Task Record(Guid messageId, Guid filingId, string departmentId, int fiscalYear, string stage, string stageState, string change, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ProcessOnceAsync(Name, messageId, time.GetUtcNow(), async _ =>
        {
            db.StageChanges.Add(new StageChange { MessageId = messageId, FilingId = filingId, Stage = stage, Change = change, OccurredAt = at.UtcDateTime });
            var cycle = await db.FilingCycles.SingleOrDefaultAsync(c => c.FilingId == filingId, cancellationToken);
            if (cycle is null)
            {
                db.FilingCycles.Add(new FilingCycle { FilingId = filingId, DepartmentId = departmentId, FiscalYear = fiscalYear, Stage = stage, StageState = stageState, UpdatedAt = at.UtcDateTime });
            }
            else if (cycle.UpdatedAt <= at.UtcDateTime)
            {
                cycle.Stage = stage;
                cycle.StageState = stageState;
                cycle.UpdatedAt = at.UtcDateTime;
            }
        }, cancellationToken);
}
