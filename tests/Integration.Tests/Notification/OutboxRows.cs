using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Hosting.Outbox;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// Writes contracts straight into a service's outbox table, as committed business transactions would, so that the
/// service's own <see cref="OutboxRelay{TContext}"/> is what hands them to RabbitMQ.
/// </summary>
public static class OutboxRows
{
    public static async Task WriteAsync(string connectionString, string table, IEnumerable<(object Contract, Guid MessageId)> messages)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} (message_id, message_type, payload, occurred_at) FROM STDIN (FORMAT BINARY)");
        foreach (var (contract, messageId) in messages)
        {
            var row = OutboxSerializer.ToOutbox(contract, messageId, DateTimeOffset.UtcNow);
            await writer.StartRowAsync();
            await writer.WriteAsync(row.MessageId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(row.MessageType, NpgsqlDbType.Text);
            await writer.WriteAsync(row.Payload, NpgsqlDbType.Text);
            await writer.WriteAsync(row.OccurredAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }
}
