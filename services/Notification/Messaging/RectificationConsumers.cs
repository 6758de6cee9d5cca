using MassTransit;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// 整改 items travel between the department and the bureau: raised → the department's filers must act by the
/// deadline; evidence submitted → the bureau must verify; verified → the filers hear it is done; rejected → the
/// filers must act again. Each step closes the to-do the previous one opened (matched by item number).
/// </summary>
public sealed class RectificationConsumers(ConsumerBatches<NotificationDbContext> batches) :
    IConsumer<RectificationRaised>,
    IConsumer<RectificationSubmitted>,
    IConsumer<RectificationVerified>,
    IConsumer<RectificationRejected>
{
    private const string Name = "inbox-rectification";
    private const string Stage = "Rectification";

    public Task Consume(ConsumeContext<RectificationRaised> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            var filers = await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.Rectification, m.FilingId, m.DepartmentId, m.FiscalYear, Stage, null, IsTodo: true,
                $"整改事项：{m.FiscalYear}年度第{m.ItemNumber}项（期限 {m.Deadline:yyyy-MM-dd}）",
                $"问题：{m.Problem}\r\n整改措施：{m.Measure}\r\n责任人：{m.Owner}\r\n请在期限前提交整改佐证材料。",
                EndOfDayInChina(m.Deadline), Reference(m.ItemNumber)), filers, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    public Task Consume(ConsumeContext<RectificationSubmitted> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, Stage, null, null, m.OccurredAt, [InboxKinds.Rectification, InboxKinds.RectificationRejected], Reference: Reference(m.ItemNumber)));
            var bureau = await work.Directory.BureauForAsync(m.DepartmentId, ct);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.RectificationReview, m.FilingId, m.DepartmentId, m.FiscalYear, Stage, null, IsTodo: true,
                $"待核实整改：{m.FiscalYear}年度 {(await work.Names.DepartmentAsync(m.DepartmentId, ct)).TrimEnd()} 第{m.ItemNumber}项",
                $"{(await work.Names.DepartmentAsync(m.DepartmentId, ct)).TrimEnd()}已提交整改佐证材料：{m.Evidence ?? "（见附件链接）"}" + (m.EvidenceLinks.Count > 0 ? $"\r\n材料链接：{string.Join("、", m.EvidenceLinks)}" : string.Empty),
                Reference: Reference(m.ItemNumber)), bureau, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId, withBureau: true));
    }

    public Task Consume(ConsumeContext<RectificationVerified> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, Stage, null, null, m.OccurredAt, Reference: Reference(m.ItemNumber)));
            var filers = await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.RectificationVerified, m.FilingId, m.DepartmentId, m.FiscalYear, Stage, null, IsTodo: false,
                $"整改已核实：{m.FiscalYear}年度第{m.ItemNumber}项",
                $"财政局已核实该整改事项。{m.Comment}", Reference: Reference(m.ItemNumber)), filers, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    public Task Consume(ConsumeContext<RectificationRejected> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        return Once(m.MessageId, m.FilingId, ct, async work =>
        {
            var reference = Reference(m.ItemNumber);
            var due = await work.Db.InboxItems.AsNoTracking()
                .Where(i => i.FilingId == m.FilingId && i.Reference == reference && i.Kind == InboxKinds.Rectification)
                .Select(i => i.DueAt).FirstOrDefaultAsync(ct);
            work.Inbox.CloseTodos(new TodoClosing(m.FilingId, Stage, null, null, m.OccurredAt, Reference: reference));
            var filers = await work.Directory.DepartmentPeopleAsync(m.DepartmentId, withHead: false, ct);
            await work.Inbox.AddAsync(new InboxEntry(m.MessageId, m.OccurredAt, InboxKinds.RectificationRejected, m.FilingId, m.DepartmentId, m.FiscalYear, Stage, null, IsTodo: true,
                $"整改未通过核实：{m.FiscalYear}年度第{m.ItemNumber}项",
                $"财政局退回了整改佐证材料，原因：{m.Reason}。请补充后重新提交。", due, reference), filers, ct);
        }, recipients => recipients.ExpectDepartment(m.DepartmentId));
    }

    /// <summary>A deadline day ends at midnight Beijing time.</summary>
    public static DateTime EndOfDayInChina(DateOnly day) =>
        new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).UtcDateTime;

    private static string Reference(int itemNumber) => $"rectification-{itemNumber}";

    // expect tells the batch whom the message concerns, so one directory query serves the whole batch.
    private Task Once(Guid messageId, Guid filingId, CancellationToken cancellationToken, Func<NotificationWork, Task> apply, Action<RecipientSnapshot>? expect = null) =>
        batches.ProcessOnceAsync(Name, messageId, filingId, (services, _) => apply(services.GetRequiredService<NotificationWork>()), cancellationToken,
            expect is null ? null : services => expect(services.GetRequiredService<RecipientSnapshot>()));
}
