namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>Every step approved the adjusted targets: the new declaration revision is in force.</summary>
public sealed record TargetAdjustmentApprovedEvent(Guid FilingId, int Revision, int FormVersion, string FiledBy, DateTimeOffset OccurredAt) : IFilingEvent;
