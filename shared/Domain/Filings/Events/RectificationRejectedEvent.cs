namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>Finance rejected a rectification item's evidence; the item is open again.</summary>
public sealed record RectificationRejectedEvent(Guid FilingId, int ItemNumber, string RejectedBy, string Reason, DateTimeOffset OccurredAt) : IFilingEvent;
