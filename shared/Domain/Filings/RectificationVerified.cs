namespace PerfWorkflow.Domain.Filings;

/// <summary>Finance verified a rectification item.</summary>
public sealed record RectificationVerified(Guid FilingId, int ItemNumber, string VerifiedBy, string? Comment, DateTimeOffset OccurredAt) : IFilingEvent;
