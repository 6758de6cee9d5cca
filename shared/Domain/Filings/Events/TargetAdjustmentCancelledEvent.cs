namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>A 绩效目标调整 was given up before approval; the approved declaration stands again.</summary>
public sealed record TargetAdjustmentCancelledEvent(Guid FilingId, int Revision, string CancelledBy, DateTimeOffset OccurredAt) : IFilingEvent;
