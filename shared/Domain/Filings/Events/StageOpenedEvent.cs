namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>A stage opened for filling (申报 at creation; the later ones when the calendar says so).</summary>
public sealed record StageOpenedEvent(Guid FilingId, CycleStage Stage, DateTimeOffset OccurredAt) : IFilingEvent;
