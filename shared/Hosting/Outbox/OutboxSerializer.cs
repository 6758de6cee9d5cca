using System.Text.Json;
using PerfWorkflow.Contracts;

namespace PerfWorkflow.Hosting.Outbox;

/// <summary>Turns contracts into outbox rows and back. Only types of the Contracts assembly travel.</summary>
public static class OutboxSerializer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(OpenStage).Assembly;

    public static OutboxMessage ToOutbox(object contract, Guid messageId, DateTimeOffset occurredAt)
    {
        var type = contract.GetType();
        if (type.Assembly != ContractsAssembly)
        {
            throw new ArgumentException($"{type.FullName} is not a message contract.", nameof(contract));
        }

        return new OutboxMessage
        {
            MessageId = messageId,
            MessageType = type.FullName!,
            Payload = JsonSerializer.Serialize(contract, type, Json),
            OccurredAt = occurredAt.UtcDateTime,
            TraceParent = Telemetry.Tracing.CurrentTraceParent(),
        };
    }

    public static (object Message, Type Type) FromOutbox(OutboxMessage row)
    {
        var type = ContractsAssembly.GetType(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Sequence} holds unknown contract {row.MessageType}.");
        var message = JsonSerializer.Deserialize(row.Payload, type, Json)
            ?? throw new InvalidOperationException($"Outbox row {row.Sequence} has an empty payload.");
        return (message, type);
    }
}
