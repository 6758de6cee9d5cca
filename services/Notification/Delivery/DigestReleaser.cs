using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// 每日汇总: at the digest hour, every person's held deliveries of one channel and target become one delivery listing
/// them all. The held rows and the digest row change in one transaction, so a crash neither loses nor repeats a digest.
/// </summary>
public static class DigestReleaser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> ReleaseDueDigestsAsync(IServiceScopeFactory scopes, DeliverySettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var now = time.GetUtcNow();
        var boundary = settings.LatestDigestMoment(now);
        if (!await db.Deliveries.AnyAsync(d => d.Status == DeliveryStatuses.Held && d.CreatedAt < boundary, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var held = db.IsPostgreSql
            ? await db.Deliveries.FromSqlInterpolated(
                    $"SELECT * FROM notification_deliveries WHERE status = 'held' AND created_at < {boundary} ORDER BY created_at LIMIT 2000 FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken)
            : await db.Deliveries.Where(d => d.Status == DeliveryStatuses.Held && d.CreatedAt < boundary)
                .OrderBy(d => d.CreatedAt).Take(2000).ToListAsync(cancellationToken);
        foreach (var group in held.GroupBy(d => (d.UserId, d.Channel, d.Target)))
        {
            var rows = group.OrderBy(d => d.CreatedAt).ToList();
            var id = Guid.CreateVersion7(now);
            var subject = $"每日汇总：您有 {rows.Count} 条预算绩效消息";
            db.Deliveries.Add(new NotificationDelivery
            {
                Id = id,
                UserId = group.Key.UserId,
                Channel = group.Key.Channel,
                Target = group.Key.Target,
                Subject = subject,
                Payload = group.Key.Channel == DeliveryChannels.Webhook ? WebhookDigest(id, group.Key.UserId, rows) : EmailDigest(subject, rows),
                Status = DeliveryStatuses.Pending,
                NextAttemptAt = now.UtcDateTime,
                CreatedAt = now.UtcDateTime,
            });
            foreach (var row in rows)
            {
                row.Status = DeliveryStatuses.Digested;
                row.DigestId = id;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return held.Count;
    }

    private static string EmailDigest(string subject, IReadOnlyList<NotificationDelivery> rows)
    {
        var text = new StringBuilder(subject).Append("\r\n\r\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(rows[i].Payload).Append("\r\n\r\n");
        }

        return text.ToString();
    }

    private static string WebhookDigest(Guid id, string userId, IReadOnlyList<NotificationDelivery> rows)
    {
        var items = rows.Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("item").Clone()).ToList();
        return JsonSerializer.Serialize(new { type = "daily-digest", deliveryId = id, userId, items }, Json);
    }
}
