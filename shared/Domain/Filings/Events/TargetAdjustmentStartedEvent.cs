namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>绩效目标调整: the approved declaration reopened as a new revision that must pass the chain again.</summary>
public sealed record TargetAdjustmentStartedEvent(Guid FilingId, int Revision, string RequestedBy, string Reason, DateTimeOffset OccurredAt) : IFilingEvent;
