namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>Finance verified a rectification item.</summary>
public sealed record RectificationVerifiedEvent(Guid FilingId, int ItemNumber, string VerifiedBy, string? Comment, DateTimeOffset OccurredAt) : IFilingEvent;
