using CycleStageNames = PerfWorkflow.Domain.Filings.CycleStageNames;
using System.Text.Json;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// Decides which deliveries an inbox item needs from its person's preferences: an e-mail to their address (their own
/// or the directory's), a webhook call to their URL; held for the daily digest when they chose one. It only decides:
/// the caller (<c>InboxWriter</c>) adds the rows to the unit of work that writes the items, so they commit together.
/// </summary>
public static class DeliveryPlanner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether the person's directory address is needed (e-mail chosen, no address of their own).</summary>
    public static bool NeedsDirectoryEmail(NotificationPreference preference) =>
        preference.EmailEnabled && string.IsNullOrEmpty(preference.EmailAddress);

    /// <summary>
    /// The deliveries of one item for a person with <paramref name="preference"/> (none without one);
    /// <paramref name="directoryEmail"/> is their address in the directory, used when they gave none of their own.
    /// </summary>
    public static IEnumerable<NotificationDelivery> Plan(InboxItem item, NotificationPreference? preference, string? directoryEmail)
    {
        if (preference is null)
        {
            yield break;
        }

        var status = preference.DailyDigest ? DeliveryStatuses.Held : DeliveryStatuses.Pending;
        var address = preference.EmailAddress ?? directoryEmail;
        if (preference.EmailEnabled && !string.IsNullOrEmpty(address))
        {
            yield return New(item, DeliveryChannels.Email, address, status, EmailBody(item));
        }

        if (preference.WebhookEnabled && !string.IsNullOrEmpty(preference.WebhookUrl))
        {
            var id = Guid.CreateVersion7(item.CreatedAt);
            yield return New(item, DeliveryChannels.Webhook, preference.WebhookUrl, status, WebhookBody(id, item), id);
        }
    }

    /// <summary>The plain-text e-mail body of one item; a digest concatenates these.</summary>
    public static string EmailBody(InboxItem item)
    {
        var lines = new List<string> { item.Title, string.Empty, item.Body, string.Empty, $"年度：{item.FiscalYear}　部门：{item.DepartmentId}　阶段：{CycleStageNames.OfKey(item.Stage)}" };
        if (item.DueAt is { } due)
        {
            lines.Add($"办理期限：{new DateTimeOffset(due, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）");
        }

        lines.Add(item.IsTodo ? "请登录预算绩效管理平台办理。" : "此为通知，无需办理。");
        return string.Join("\r\n", lines);
    }

    private static string WebhookBody(Guid deliveryId, InboxItem item) => JsonSerializer.Serialize(new
    {
        type = "inbox-item",
        deliveryId,
        item = new
        {
            item.Id,
            item.UserId,
            item.Kind,
            item.Title,
            item.Body,
            item.FilingId,
            item.DepartmentId,
            item.FiscalYear,
            item.Stage,
            item.Step,
            item.IsTodo,
            item.DueAt,
            item.CreatedAt,
            item.SourceMessageId,
        },
    }, Json);

    private static NotificationDelivery New(InboxItem item, string channel, string target, string status, string payload, Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(item.CreatedAt),
        InboxItemId = item.Id,
        UserId = item.UserId,
        Channel = channel,
        Target = target,
        Subject = item.Title,
        Payload = payload,
        Status = status,
        NextAttemptAt = status == DeliveryStatuses.Pending ? item.CreatedAt : null,
        CreatedAt = item.CreatedAt,
    };
}
