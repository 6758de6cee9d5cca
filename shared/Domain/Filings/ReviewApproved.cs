namespace PerfWorkflow.Domain.Filings;

/// <summary>One signer approved a step; with 会签 the step may still wait on others.</summary>
public sealed record ReviewApproved(Guid FilingId, CycleStage Stage, int Step, string ApprovedBy, string? Comment, bool StepCompleted, DateTimeOffset OccurredAt) : IFilingEvent;
