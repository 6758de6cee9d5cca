namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// The self-evaluation's score: what the department scored itself (自评得分) and what stands after 抽查复核.
/// </summary>
public sealed record FilingScore(EvaluationScore SelfAssessed, EvaluationScore Current, IReadOnlyList<ScoreAdjustment> Adjustments);
