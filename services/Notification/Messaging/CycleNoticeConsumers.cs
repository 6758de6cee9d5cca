using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// The rest of the cycle a person must hear of: a stage opened for the department to fill (请填报), a comment on the
/// form (to the filers and the current reviewers, not its author), the self-evaluation score (to the performance
/// office, which may 抽查复核), a score adjusted by that office (to the department), and 绩效目标调整.
/// </summary>
public sealed class CycleNoticeConsumers(ConsumerBatches<NotificationDbContext> batches) :
    IConsumer<StageOpened>,
    IConsumer<CommentAdded>,
    IConsumer<SelfScoreRecorded>,
    IConsumer<ScoreAdjusted>,
    IConsumer<TargetAdjustmentStarted>,
    IConsumer<TargetAdjustmentCancelled>,
    IConsumer<TargetAdjustmentApproved>
{
    private const string Name = "inbox-cycle";
    private const string Declaration = "Declaration";
    private const string SelfEvaluation = "SelfEvaluation";

    public Task Consume(ConsumeContext<StageOpened> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            if (m.Stage == "Closed")
            {
                return;
            }

            var filers = await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.StageOpened, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, IsTodo: true,
                $"请填报：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}",
                $"{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}已开始，请填写并提交。"), filers, ct);
        }, m.Stage == "Closed" ? null : recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    public Task Consume(ConsumeContext<CommentAdded> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            var people = (await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct))
                .Concat(await work.Inbox.OpenReviewersAsync(m.FilingId, m.Stage, ct))
                .Where(u => u != m.By);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.Comment, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.Step, IsTodo: false,
                $"新意见：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}",
                $"{await work.Names.PersonAsync(m.By, ct)} 对第{m.FormVersion}版表单提出意见：{m.Text}"), people, ct);
        }, recipients =>
        {
            recipients.ExpectDepartment(m.DepartmentId);
            recipients.ExpectPeople(m.By);
        });
    }

    public Task Consume(ConsumeContext<SelfScoreRecorded> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            var office = await work.Directory.BureauForAsync(m.DepartmentId, ct, performanceOfficeOnly: true);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.SelfScore, m.FilingId, m.DepartmentId, m.FiscalYear, SelfEvaluation, null, IsTodo: false,
                $"自评得分：{m.FiscalYear}年度 {(await work.Names.DepartmentAsync(m.DepartmentId, ct)).TrimEnd()} {m.Points}分",
                $"{(await work.Names.DepartmentAsync(m.DepartmentId, ct)).TrimEnd()}提交了绩效自评，自评得分 {m.Points} 分（{GradeName(m.Grade)}），可抽查复核。"), office, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId, withBureau: true));
    }

    public Task Consume(ConsumeContext<ScoreAdjusted> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            var people = await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: true, ct);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.ScoreAdjusted, m.FilingId, m.DepartmentId, m.FiscalYear, SelfEvaluation, null, IsTodo: false,
                $"自评得分已调整：{m.FiscalYear}年度 {m.OldPoints}分 → {m.NewPoints}分",
                $"绩效管理科抽查复核后将得分由 {m.OldPoints} 分（{GradeName(m.OldGrade)}）调整为 {m.NewPoints} 分（{GradeName(m.NewGrade)}），理由：{m.Reason}"), people, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    public Task Consume(ConsumeContext<TargetAdjustmentStarted> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            var filers = (await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct));
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.TargetAdjustment, m.FilingId, m.DepartmentId, m.FiscalYear, Declaration, null, IsTodo: true,
                $"绩效目标调整：{m.FiscalYear}年度申报表第{m.Revision}版",
                $"已申请调整绩效目标，理由：{m.Reason}。请修改申报表后重新提交审核。"), filers, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    public Task Consume(ConsumeContext<TargetAdjustmentCancelled> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, Declaration, null, null, m.OccurredAt, [InboxKinds.TargetAdjustment]));
            var filers = (await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct)).Where(u => u != m.CancelledBy);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.TargetAdjustmentCancelled, m.FilingId, m.DepartmentId, m.FiscalYear, Declaration, null, IsTodo: false,
                $"绩效目标调整已取消：{m.FiscalYear}年度",
                "原已批复的绩效目标继续有效。"), filers, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    public Task Consume(ConsumeContext<TargetAdjustmentApproved> context)
    {
        var m = context.Message;
        return Once(m.MessageId, m.FilingId, context.CancellationToken, work =>
            work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.TargetAdjustmentApproved, m.FilingId, m.DepartmentId, m.FiscalYear, Declaration, null, IsTodo: false,
                $"绩效目标调整已批复：{m.FiscalYear}年度申报表第{m.Revision}版",
                "调整后的绩效目标已生效。"), [m.FiledBy], context.CancellationToken),
            recipients => recipients.ExpectPeople(m.FiledBy));
    }

    private static string GradeName(string grade) => grade switch
    {
        "Excellent" => "优",
        "Good" => "良",
        "Fair" => "中",
        "Poor" => "差",
        _ => grade,
    };

    // expect tells the batch whom the message concerns, so one directory query serves the whole batch.
    private Task Once(Guid messageId, Guid filingId, CancellationToken cancellationToken, Func<NotificationWork, Task> apply, Action<RecipientSnapshot>? expect = null) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, (services, _) => apply(services.GetRequiredService<NotificationWork>()), cancellationToken,
            expect is null ? null : services => expect(services.GetRequiredService<RecipientSnapshot>()));
}
