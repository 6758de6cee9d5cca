namespace PerfWorkflow.Contracts;

/// <summary>Workflow asks Filing to open the next stage of a filing when the calendar says it is time.</summary>
public sealed record OpenStage(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string Stage);
