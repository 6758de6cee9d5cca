namespace PerfWorkflow.Domain.Filings;

/// <summary>A chain step now waits on its assignees.</summary>
public sealed record ReviewRequested(Guid FilingId, CycleStage Stage, int Step, string Role, SignMode Mode, IReadOnlyList<string> Assignees, DateTimeOffset OccurredAt) : IFilingEvent;
