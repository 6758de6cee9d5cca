namespace PerfWorkflow.Hosting.Outbox;

/// <summary>
/// An event stored in the same transaction as the state change that caused it, waiting for the relay to publish it.
/// <see cref="MessageId"/> travels as the bus message id, so consumers can recognise a redelivery.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; init; }

    public required Guid MessageId { get; init; }

    /// <summary>The contract's full type name in PerfWorkflow.Contracts.</summary>
    public required string MessageType { get; init; }

    /// <summary>The contract as JSON.</summary>
    public required string Payload { get; init; }

    public required DateTime OccurredAt { get; init; }

    /// <summary>The W3C traceparent of the span that wrote the row; the relay's publish continues that trace.</summary>
    public string? TraceParent { get; init; }

    public DateTime? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
