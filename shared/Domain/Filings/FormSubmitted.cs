namespace PerfWorkflow.Domain.Filings;

/// <summary>The filer submitted (or resubmitted) the stage's form.</summary>
public sealed record FormSubmitted(Guid FilingId, CycleStage Stage, string SubmittedBy, int FormVersion, bool IsResubmission, DateTimeOffset OccurredAt) : IFilingEvent;
