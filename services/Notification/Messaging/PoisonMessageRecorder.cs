using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// First filter of every Notification receive endpoint's error pipe: a message that failed all its retries is copied
/// to <c>notification_poison_messages</c>, then MassTransit's own filters publish the fault and move the message to the
/// queue's <c>_error</c> queue, as without this filter. Recording is best effort: if the database is what failed,
/// the message is still kept in the <c>_error</c> queue, never dropped.
/// </summary>
public sealed class PoisonMessageRecorder(IServiceScopeFactory scopes, ILogger<PoisonMessageRecorder> logger) : IFilter<ExceptionReceiveContext>
{
    /// <summary>Error pipe for a receive endpoint: record, then fault and _error as MassTransit does by default.</summary>
    public static void Configure(IReceiveEndpointConfigurator endpoint, IServiceProvider services) =>
        endpoint.ConfigureError(pipe =>
        {
            pipe.UseFilter(new PoisonMessageRecorder(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<ILogger<PoisonMessageRecorder>>()));
            pipe.UseFilter(new MassTransit.Middleware.GenerateFaultFilter());
            pipe.UseFilter(new MassTransit.Middleware.ErrorTransportFilter());
        });

    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        try
        {
            await RecordAsync(context);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record poison message from {Queue}; it stays in the _error queue", context.InputAddress);
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("notification-poison-recorder");

    private async Task RecordAsync(ExceptionReceiveContext context)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        // The input address is .../vhost/queue: the queue's own name is its last segment.
        var queue = context.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        var messageId = context.GetMessageId();
        var error = $"{context.Exception.GetType().FullName}: {context.Exception.Message}";
        var at = context.ExceptionTimestamp.ToUniversalTime();
        var existing = messageId is null ? null
            : await db.PoisonMessages.SingleOrDefaultAsync(p => p.Queue == queue && p.MessageId == messageId, CancellationToken.None);
        if (existing is not null)
        {
            existing.Failures++;
            existing.Error = error;
            existing.LastFailedAt = at;
        }
        else
        {
            var body = System.Text.Encoding.UTF8.GetString(context.Body.GetBytes());
            db.PoisonMessages.Add(new PoisonMessage
            {
                Id = Guid.CreateVersion7(),
                Queue = queue,
                MessageId = messageId,
                MessageType = context.TryGetPayload(out ConsumeContext? consumed) ? consumed.SupportedMessageTypes.FirstOrDefault() : MessageTypeOf(body),
                Body = body,
                Headers = JsonSerializer.Serialize(context.TransportHeaders.GetAll().ToDictionary(h => h.Key, h => h.Value?.ToString())),
                Error = error,
                Failures = 1,
                FirstFailedAt = at,
                LastFailedAt = at,
            });
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string? MessageTypeOf(string body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var types = envelope.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.Equals("messageType", StringComparison.OrdinalIgnoreCase)).Value;
            return types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0 ? types[0].GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
