namespace PerfWorkflow.Domain.Filings;

/// <summary>Every step approved the adjusted targets: the new declaration revision is in force.</summary>
public sealed record TargetAdjustmentApproved(Guid FilingId, int Revision, int FormVersion, string FiledBy, DateTimeOffset OccurredAt) : IFilingEvent;
