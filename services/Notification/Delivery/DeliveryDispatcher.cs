using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// Sends due deliveries. Each batch is claimed inside a transaction (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so
/// replicas never take the same row) and its outcome is committed with the claim: a crash before the commit leaves
/// the rows pending, so nothing is lost; a row is marked sent only after the receiver accepted it. (A crash between a
/// receiver's acceptance and the commit sends that one row again; it carries its delivery id so receivers can tell.)
/// A failure is retried with exponential backoff; after <see cref="DeliverySettings.MaxAttempts"/> the row is dead.
/// </summary>
public sealed class DeliveryDispatcher(
    IServiceScopeFactory scopes,
    DeliverySettings settings,
    WebhookSender webhooks,
    EmailSender email,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DigestReleaser.ReleaseDueDigestsAsync(scopes, settings, time, stoppingToken);
                var sent = await DispatchBatchAsync(stoppingToken);
                if (sent < BatchSize)
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Notification dispatch failed; trying again shortly");
                await Task.Delay(settings.PollInterval * 5, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Sends one batch of due deliveries; returns how many rows it handled.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = db.IsPostgreSql
            ? await db.Deliveries.FromSqlInterpolated(
                    $"SELECT * FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken)
            : await db.Deliveries.Where(d => d.Status == DeliveryStatuses.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var webhookUsers = rows.Where(r => r.Channel == DeliveryChannels.Webhook).Select(r => r.UserId).Distinct().ToList();
        var secrets = await db.Preferences.AsNoTracking().Where(p => webhookUsers.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.WebhookSecret, cancellationToken);
        var outcomes = await Task.WhenAll(rows.Select(row => SendAsync(row, secrets.GetValueOrDefault(row.UserId), cancellationToken)));

        var finished = time.GetUtcNow().UtcDateTime;
        for (var i = 0; i < rows.Count; i++)
        {
            Record(rows[i], outcomes[i], finished);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return rows.Count;
    }

    private void Record(NotificationDelivery row, string? error, DateTime now)
    {
        row.Attempts++;
        if (error is null)
        {
            row.Status = DeliveryStatuses.Sent;
            row.SentAt = now;
            row.NextAttemptAt = null;
            row.LastError = null;
            return;
        }

        row.LastError = error.Length > 2000 ? error[..2000] : error;
        if (row.Attempts >= settings.MaxAttempts)
        {
            row.Status = DeliveryStatuses.Dead;
            row.NextAttemptAt = null;
            logger.LogWarning("Delivery {Id} ({Channel} to {Target}) dead-lettered after {Attempts} attempts: {Error}", row.Id, row.Channel, row.Target, row.Attempts, error);
        }
        else
        {
            row.NextAttemptAt = now + settings.DelayAfter(row.Attempts);
        }
    }

    private async Task<string?> SendAsync(NotificationDelivery row, string? secret, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.SendTimeout);
        try
        {
            switch (row.Channel)
            {
                case DeliveryChannels.Webhook when string.IsNullOrEmpty(secret):
                    return "The subscriber has no webhook secret any more.";
                case DeliveryChannels.Webhook:
                    await webhooks.SendAsync(row, secret, timeout.Token);
                    return null;
                case DeliveryChannels.Email:
                    await email.SendAsync(row, timeout.Token);
                    return null;
                default:
                    return $"Unknown channel {row.Channel}.";
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
