using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Turns Workflow's deadline events into inbox notices, one per recipient address the event names. An address may be
/// a person or a group (<see cref="RecipientAddress"/>): the item is stored under the address as given, and the inbox
/// query shows group-addressed items to the group's members (docs/decisions/0006-deadlines-and-timers.md). A notice
/// sent late (Workflow was down when it was due) says so. Each message is acted on once.
/// </summary>
public sealed class DeadlineConsumers(ConsumerBatches<NotificationDbContext> batches) :
    IConsumer<DeadlineApproaching>,
    IConsumer<DeadlineMissed>,
    IConsumer<DeadlineEscalated>,
    IConsumer<ReviewOverdue>,
    IConsumer<DeadlineExtended>
{
    private const string Name = "deadlines";

    public Task Consume(ConsumeContext<DeadlineApproaching> context)
    {
        var m = context.Message;
        var title = m.DaysLeft == 0
            ? $"今天截止：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}"
            : $"还有{m.DaysLeft}天截止：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}";
        var body = $"{CycleStageNames.OfKey(m.Stage)}的截止日期是 {m.DueDate:yyyy年M月d日}，请按时提交。{LateNote(m.IsLate, m.ScheduledFor)}";
        return Add(m.MessageId, m.Recipients, InboxKinds.DeadlineApproaching, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, _ => Task.FromResult((title, body)), m.OccurredAt, context.CancellationToken, m.DueDate);
    }

    public Task Consume(ConsumeContext<DeadlineMissed> context)
    {
        var m = context.Message;
        var title = $"已逾期{m.DaysOverdue}天：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}";
        var body = $"{CycleStageNames.OfKey(m.Stage)}已于 {m.DueDate:yyyy年M月d日} 截止，尚未提交，请尽快提交。{LateNote(m.IsLate, m.ScheduledFor)}";
        return Add(m.MessageId, m.Recipients, InboxKinds.DeadlineMissed, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, _ => Task.FromResult((title, body)), m.OccurredAt, context.CancellationToken, m.DueDate);
    }

    public Task Consume(ConsumeContext<DeadlineEscalated> context)
    {
        var m = context.Message;
        return Add(m.MessageId, m.Recipients, InboxKinds.DeadlineEscalated, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, async names =>
        {
            var department = await names.DepartmentAsync(m.DepartmentId, context.CancellationToken);
            return ($"逾期督办：{department}的{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}",
                $"{department}的{CycleStageNames.OfKey(m.Stage)}已于 {m.DueDate:yyyy年M月d日} 截止，逾期{m.WorkingDaysOverdue}个工作日仍未提交，请督促办理。{LateNote(m.IsLate, m.ScheduledFor)}");
        }, m.OccurredAt, context.CancellationToken, m.DueDate);
    }

    public Task Consume(ConsumeContext<ReviewOverdue> context)
    {
        var m = context.Message;
        var title = $"审核超时：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}（第{m.Step}步）";
        return Add(m.MessageId, m.Recipients, InboxKinds.ReviewOverdue, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, m.Step, async names =>
            (title, $"{await names.DepartmentAsync(m.DepartmentId, context.CancellationToken)}的{CycleStageNames.OfKey(m.Stage)}于 {m.RequestedAt.ToOffset(TimeSpan.FromHours(8)):yyyy年M月d日} 提交审核，已超过{m.WorkingDaysAllowed}个工作日的审核时限，请尽快办理。{LateNote(m.IsLate, m.ScheduledFor)}"),
            m.OccurredAt, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<DeadlineExtended> context)
    {
        var m = context.Message;
        var title = $"截止日期延后：{m.FiscalYear}年度{CycleStageNames.OfKey(m.Stage)}";
        var scope = m.AppliesToAllDepartments ? "（全部部门）" : "";
        var body = $"绩效管理科将{CycleStageNames.OfKey(m.Stage)}的截止日期由 {m.OldDueDate:yyyy年M月d日} 延至 {m.NewDueDate:yyyy年M月d日}{scope}。理由：{m.Reason}";
        return Add(m.MessageId, m.Recipients, InboxKinds.DeadlineExtended, m.FilingId, m.DepartmentId, m.FiscalYear, m.Stage, null, _ => Task.FromResult((title, body)), m.OccurredAt, context.CancellationToken, m.NewDueDate);
    }


    private static string LateNote(bool isLate, DateTimeOffset scheduledFor) =>
        isLate ? $"（本提醒原定于 {scheduledFor.ToOffset(TimeSpan.FromHours(8)):yyyy年M月d日 HH:mm} 发出，因系统停机延迟送达。）" : "";

    // The texts are written inside the batch: a department's name is read from the directory as of that moment.
    private Task Add(Guid messageId, IReadOnlyList<string> recipients, string kind, Guid filingId, string departmentId, int fiscalYear, string stage, int? step,
        Func<DirectoryNames, Task<(string Title, string Body)>> text, DateTimeOffset at, CancellationToken cancellationToken, DateOnly? dueDate = null) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, async (services, _) =>
        {
            var work = services.GetRequiredService<NotificationWork>();
            var (title, body) = await text(work.Names);
            var due = dueDate is { } day ? RectificationConsumers.EndOfDayInChina(day) : (DateTime?)null;
            await work.Inbox.AddAsync(new InboxEntry(messageId, at, kind, filingId, departmentId, fiscalYear, stage, step, IsTodo: false, title, body, due), recipients, cancellationToken);
        }, cancellationToken, services =>
        {
            var snapshot = services.GetRequiredService<RecipientSnapshot>();
            snapshot.ExpectDepartment(departmentId);
            snapshot.ExpectPeople(recipients);
        });
}
