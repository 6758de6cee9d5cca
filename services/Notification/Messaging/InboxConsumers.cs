using MassTransit;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Turns filing events into inbox entries: a 待办 for each assignee of a step waiting on them, a notice to the filer
/// when a form is returned or approved, and 已办 for the to-dos of a step once it is decided. Each message is acted
/// on once (see <see cref="IdempotentConsumption"/>).
/// </summary>
public sealed class InboxConsumers(NotificationDbContext db, TimeProvider time) :
    IConsumer<FilingSubmitted>,
    IConsumer<ReviewRequested>,
    IConsumer<ReviewApproved>,
    IConsumer<FilingReturned>,
    IConsumer<SubmissionWithdrawn>,
    IConsumer<ReviewTransferred>,
    IConsumer<StageApproved>
{
    private const string Name = "inbox";

    /// <summary>A resubmission answers the filer's 退回修改 to-do.</summary>
    public Task Consume(ConsumeContext<FilingSubmitted> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, () =>
            CloseTodosAsync(m.FilingId, m.Stage, null, m.SubmittedBy, m.OccurredAt, context.CancellationToken));
    }

    public Task Consume(ConsumeContext<ReviewRequested> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, () =>
        {
            foreach (var user in m.Assignees)
            {
                Add(user, m.MessageId, "review-requested", m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.Step, isTodo: true,
                    $"待审核：{m.FiscalYear}年度{StageTitles.Of(m.Stage)}（第{m.Step}步 {m.Role}）",
                    $"部门 {m.DepartmentId} 的{StageTitles.Of(m.Stage)}已提交，等待您审核。", m.OccurredAt);
            }

            return Task.CompletedTask;
        });
    }

    public Task Consume(ConsumeContext<ReviewApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, () =>
            m.StepCompleted ? CloseTodosAsync(m.FilingId, m.Stage, m.Step, null, m.OccurredAt, context.CancellationToken)
                            : CloseTodosAsync(m.FilingId, m.Stage, m.Step, m.ApprovedBy, m.OccurredAt, context.CancellationToken));
    }

    public Task Consume(ConsumeContext<FilingReturned> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, async () =>
        {
            await CloseTodosAsync(m.FilingId, m.Stage, m.FromStep, null, m.OccurredAt, context.CancellationToken);
            if (m.ToStep is null && !string.IsNullOrEmpty(m.FiledBy))
            {
                Add(m.FiledBy, m.MessageId, "returned", m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, isTodo: true,
                    $"退回修改：{m.FiscalYear}年度{StageTitles.Of(m.Stage)}",
                    $"第{m.FromStep}步审核人退回修改，意见：{m.Comment}", m.OccurredAt);
            }
        });
    }

    public Task Consume(ConsumeContext<SubmissionWithdrawn> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, () =>
            CloseTodosAsync(m.FilingId, m.Stage, null, null, m.OccurredAt, context.CancellationToken));
    }

    public Task Consume(ConsumeContext<ReviewTransferred> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, () =>
            CloseTodosAsync(m.FilingId, m.Stage, m.Step, m.From, m.OccurredAt, context.CancellationToken));
    }

    public Task Consume(ConsumeContext<StageApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, context.CancellationToken, async () =>
        {
            await CloseTodosAsync(m.FilingId, m.Stage, null, null, m.OccurredAt, context.CancellationToken);
            if (!string.IsNullOrEmpty(m.FiledBy))
            {
                Add(m.FiledBy, m.MessageId, "approved", m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, isTodo: false,
                    $"已审核通过：{m.FiscalYear}年度{StageTitles.Of(m.Stage)}",
                    $"您提交的{StageTitles.Of(m.Stage)}已完成全部审核。", m.OccurredAt);
            }
        });
    }

    private Task Once(Guid messageId, CancellationToken cancellationToken, Func<Task> apply) =>
        db.ProcessOnceAsync(Name, messageId, time.GetUtcNow(), _ => apply(), cancellationToken);

    private void Add(string userId, Guid messageId, string kind, Guid filingId, string departmentId, int fiscalYear, string stage, int? step, bool isTodo, string title, string body, DateTimeOffset at) =>
        db.InboxItems.Add(new InboxItem
        {
            Id = Guid.CreateVersion7(at),
            UserId = userId,
            SourceMessageId = messageId,
            Kind = kind,
            FilingId = filingId,
            DepartmentId = departmentId,
            FiscalYear = fiscalYear,
            Stage = stage,
            Step = step,
            Title = title,
            Body = body,
            IsTodo = isTodo,
            CreatedAt = at.UtcDateTime,
            DoneAt = isTodo ? null : at.UtcDateTime,
        });

    // A decided step's to-dos become 已办: all of them, or only the signer's own while a 会签 step still waits.
    private async Task CloseTodosAsync(Guid filingId, string stage, int? step, string? onlyUser, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var open = await db.InboxItems
            .Where(i => i.FilingId == filingId && i.Stage == stage && i.IsTodo && i.DoneAt == null)
            .Where(i => step == null || i.Step == step || i.Kind == "returned")
            .Where(i => onlyUser == null || i.UserId == onlyUser)
            .ToListAsync(cancellationToken);
        foreach (var item in open)
        {
            item.DoneAt = at.UtcDateTime;
        }
    }
}
