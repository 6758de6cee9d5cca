namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>签认: one signer of a monitoring step confirmed the form; with 会签 the step may still wait on others.</summary>
public sealed record SignOffRecordedEvent(Guid FilingId, CycleStage Stage, int Step, string Role, string SignedBy, string? Comment, bool StepCompleted, DateTimeOffset OccurredAt) : IFilingEvent;
