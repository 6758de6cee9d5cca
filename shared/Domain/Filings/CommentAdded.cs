namespace PerfWorkflow.Domain.Filings;

/// <summary>意见: someone wrote a comment on the form under review; nothing else changed.</summary>
public sealed record CommentAdded(Guid FilingId, CycleStage Stage, int FormVersion, int? Step, string By, string Text, DateTimeOffset OccurredAt) : IFilingEvent;
