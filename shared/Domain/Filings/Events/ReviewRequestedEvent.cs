namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>A chain step now waits on its assignees.</summary>
public sealed record ReviewRequestedEvent(Guid FilingId, CycleStage Stage, int Step, string Role, SignMode Mode, IReadOnlyList<string> Assignees, DateTimeOffset OccurredAt) : IFilingEvent;
