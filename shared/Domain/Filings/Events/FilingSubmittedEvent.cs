namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>The filer submitted (or resubmitted) the stage's form.</summary>
public sealed record FilingSubmittedEvent(Guid FilingId, CycleStage Stage, string SubmittedBy, int FormVersion, bool IsResubmission, DateTimeOffset OccurredAt) : IFilingEvent;
