namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>One signer approved a step; with 会签 the step may still wait on others.</summary>
public sealed record ReviewApprovedEvent(Guid FilingId, CycleStage Stage, int Step, string ApprovedBy, string? Comment, bool StepCompleted, DateTimeOffset OccurredAt) : IFilingEvent;
