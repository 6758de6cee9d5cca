namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>意见: someone wrote a comment on the form under review; nothing else changed.</summary>
public sealed record CommentAddedEvent(Guid FilingId, CycleStage Stage, int FormVersion, int? Step, string By, string Text, DateTimeOffset OccurredAt) : IFilingEvent;
