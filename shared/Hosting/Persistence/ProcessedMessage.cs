namespace PerfWorkflow.Hosting.Persistence;

/// <summary>A message a consumer has already acted on; its key makes a second delivery a no-op.</summary>
public sealed class ProcessedMessage
{
    public required string Consumer { get; init; }

    public required Guid MessageId { get; init; }

    public required DateTime ProcessedAt { get; init; }
}
