namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>转办: an assignee handed their place in a step to a colleague.</summary>
public sealed record ReviewTransferredEvent(Guid FilingId, CycleStage Stage, int Step, string From, string To, string? Comment, DateTimeOffset OccurredAt) : IFilingEvent;
