namespace PerfWorkflow.Domain.Filings;

/// <summary>A stage opened for filling (申报 at creation; the later ones when the calendar says so).</summary>
public sealed record StageOpened(Guid FilingId, CycleStage Stage, DateTimeOffset OccurredAt) : IFilingEvent;
