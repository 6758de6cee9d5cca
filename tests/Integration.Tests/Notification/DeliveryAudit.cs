using System.Text.Json;
using RabbitMQ.Client;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// A durable queue of the test's own, bound to the same exchange as the consumer under test, that nobody reads until
/// the end: every publish the broker accepted (and kept across a crash) lands in it once, so counting its copies of
/// each message id counts the deliveries the consumer's queue received too, before any deduplication or unique key.
/// </summary>
public sealed class DeliveryAudit
{
    private readonly Uri _rabbitMq;
    private readonly string _queue;

    private DeliveryAudit(Uri rabbitMq, string queue)
    {
        _rabbitMq = rabbitMq;
        _queue = queue;
    }

    /// <summary>Binds the audit queue to MassTransit's exchange for <typeparamref name="T"/> (declared by the consumer's service).</summary>
    public static async Task<DeliveryAudit> BindAsync<T>(Uri rabbitMq)
    {
        var exchange = $"{typeof(T).Namespace}:{typeof(T).Name}";
        var queue = $"test-audit-{typeof(T).Name}";
        await using var connection = await new ConnectionFactory { Uri = rabbitMq }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclarePassiveAsync(exchange);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, "");
        return new DeliveryAudit(rabbitMq, queue);
    }

    /// <summary>Takes every message out of the audit queue and counts them by MassTransit message id.</summary>
    public async Task<Dictionary<Guid, int>> DrainAsync()
    {
        var counts = new Dictionary<Guid, int>();
        await using var connection = await new ConnectionFactory { Uri = _rabbitMq }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(_queue, autoAck: true) is { } message)
        {
            using var envelope = JsonDocument.Parse(message.Body);
            var id = Guid.Parse(envelope.RootElement.GetProperty("messageId").GetString()!);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return counts;
    }
}
