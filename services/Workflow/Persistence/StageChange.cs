namespace PerfWorkflow.Workflow.Persistence;

/// <summary>One recorded change of a filing's place in the cycle (opened, submitted, returned, approved).</summary>
public sealed class StageChange
{
    public required Guid MessageId { get; init; }
    public required Guid FilingId { get; init; }
    public required string Stage { get; init; }
    public required string Change { get; init; }
    public required DateTime OccurredAt { get; init; }
}
