namespace PerfWorkflow.Domain.Filings;

/// <summary>The filer took the form back before anyone decided.</summary>
public sealed record SubmissionWithdrawn(Guid FilingId, CycleStage Stage, string WithdrawnBy, DateTimeOffset OccurredAt) : IFilingEvent;
