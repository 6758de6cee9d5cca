namespace PerfWorkflow.Domain.Filings;

/// <summary>抽查复核: the performance office changed the self-evaluation's score, and said why.</summary>
public sealed record ScoreAdjustment(EvaluationScore From, EvaluationScore To, string AdjustedBy, string Reason, DateTimeOffset At);
