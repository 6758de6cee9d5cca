using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>抽查复核: the performance office replaced the self-evaluation's score, with a reason.</summary>
public sealed record ScoreAdjustedEvent(Guid FilingId, decimal OldPoints, PerformanceGrade OldGrade, decimal NewPoints, PerformanceGrade NewGrade, string AdjustedBy, string Reason, DateTimeOffset OccurredAt) : IFilingEvent;
