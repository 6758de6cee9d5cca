namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>The owner of a rectification item submitted evidence that it is done.</summary>
public sealed record RectificationSubmittedEvent(Guid FilingId, int ItemNumber, string SubmittedBy, string? Evidence, IReadOnlyList<string> EvidenceLinks, DateTimeOffset OccurredAt) : IFilingEvent;
