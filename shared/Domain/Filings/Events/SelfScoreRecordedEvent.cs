using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>The self-evaluation was submitted with the score the department gave itself (自评得分).</summary>
public sealed record SelfScoreRecordedEvent(Guid FilingId, int FormVersion, decimal Points, PerformanceGrade Grade, DateTimeOffset OccurredAt) : IFilingEvent;
