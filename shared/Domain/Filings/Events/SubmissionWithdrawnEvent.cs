namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>The filer took the form back before anyone decided.</summary>
public sealed record SubmissionWithdrawnEvent(Guid FilingId, CycleStage Stage, string WithdrawnBy, DateTimeOffset OccurredAt) : IFilingEvent;
