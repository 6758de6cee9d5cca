using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Turns review events into inbox entries: a 待办 for each assignee of a step waiting on them, a notice to the filer
/// when a form is returned or approved, and 已办 for the to-dos of a step once it is decided. Each message is acted
/// on once (see <see cref="ConsumerBatches{TContext}"/>).
/// </summary>
public sealed class InboxConsumers(ConsumerBatches<NotificationDbContext> batches) :
    IConsumer<FilingSubmitted>,
    IConsumer<ReviewRequested>,
    IConsumer<ReviewApproved>,
    IConsumer<SignOffRecorded>,
    IConsumer<FilingReturned>,
    IConsumer<SubmissionWithdrawn>,
    IConsumer<ReviewTransferred>,
    IConsumer<StageApproved>
{
    private const string Name = "inbox";

    /// <summary>The filer's to-dos a (re)submission answers: 退回修改, 请填报 and 绩效目标调整, whoever of the department had them.</summary>
    private static readonly string[] FilerTodoKinds = [InboxKinds.Returned, InboxKinds.StageOpened, InboxKinds.TargetAdjustment];

    public Task Consume(ConsumeContext<FilingSubmitted> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, context.CancellationToken, work =>
        {
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, m.Stage, null, m.SubmittedBy, m.OccurredAt));
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, m.Stage, null, null, m.OccurredAt, FilerTodoKinds));
            return Task.CompletedTask;
        });
    }

    public Task Consume(ConsumeContext<ReviewRequested> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, context.CancellationToken, async work =>
        {
            var department = await work.Names.DepartmentAsync(m.DepartmentId, context.CancellationToken);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.ReviewRequested, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.Step, IsTodo: true,
                $"待审核：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}（第{m.Step}步 {m.Role}）",
                $"{department}的{CycleStageNames.OfKey(m.Stage)}已提交，等待您审核。"), m.Assignees, context.CancellationToken);
        }, recipients =>
        {
            recipients.ExpectDepartment(m.DepartmentId);
            recipients.ExpectPeople(m.Assignees);
        });
    }

    public Task Consume(ConsumeContext<ReviewApproved> context)
    {
        var m = context.Message;
        return Close(m.MessageId, new TodoClosing(m.FilingId, m.Stage, m.Step, m.StepCompleted ? null : m.ApprovedBy, m.OccurredAt), context.CancellationToken);
    }

    /// <summary>签认 of a monitoring step answers the signer's to-do (all of the step's once it is complete).</summary>
    public Task Consume(ConsumeContext<SignOffRecorded> context)
    {
        var m = context.Message;
        return Close(m.MessageId, new TodoClosing(m.FilingId, m.Stage, m.Step, m.StepCompleted ? null : m.SignedBy, m.OccurredAt), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<FilingReturned> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, context.CancellationToken, async work =>
        {
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, m.Stage, m.FromStep, null, m.OccurredAt));
            if (m.ToStep is null && !string.IsNullOrEmpty(m.FiledBy))
            {
                await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.Returned, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, IsTodo: true,
                    $"退回修改：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}",
                    $"第{m.FromStep}步审核人{await work.Names.PersonAsync(m.ReturnedBy, context.CancellationToken)}退回修改，意见：{m.Comment}"), [m.FiledBy], context.CancellationToken);
            }
        }, recipients => recipients.ExpectPeople(m.FiledBy, m.ReturnedBy));
    }

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context)
    {
        var m = context.Message;
        return Close(m.MessageId, new TodoClosing(m.FilingId, m.Stage, null, null, m.OccurredAt), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ReviewTransferred> context)
    {
        var m = context.Message;
        return Close(m.MessageId, new TodoClosing(m.FilingId, m.Stage, m.Step, m.From, m.OccurredAt), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<StageApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, context.CancellationToken, async work =>
        {
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, m.Stage, null, null, m.OccurredAt));
            if (!string.IsNullOrEmpty(m.FiledBy))
            {
                await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.Approved, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, IsTodo: false,
                    $"已审核通过：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}",
                    $"您提交的{CycleStageNames.OfKey(m.Stage)}已完成全部审核。"), [m.FiledBy], context.CancellationToken);
            }
        }, recipients => recipients.ExpectPeople(m.FiledBy));
    }

    private Task Close(Guid messageId, TodoClosing closing, CancellationToken cancellationToken) =>
        Once(messageId, closing.FilingId, cancellationToken, work =>
        {
            work.Inbox.CloseTodos(closing);
            return Task.CompletedTask;
        });

    // expect tells the batch whom the message concerns, so one directory query serves the whole batch.
    private Task Once(Guid messageId, Guid filingId, CancellationToken cancellationToken, Func<NotificationWork, Task> apply, Action<RecipientSnapshot>? expect = null) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, (services, _) => apply(services.GetRequiredService<NotificationWork>()), cancellationToken,
            expect is null ? null : services => expect(services.GetRequiredService<RecipientSnapshot>()));
}
