using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// The result of scoring a self-evaluation: the breakdown, the total (rounded to 0.01 before grading, so the grade
/// always matches the number shown), the grade, and findings about anything that could not be scored as given.
/// </summary>
public sealed record SelfEvaluationScore(
    IReadOnlyList<IndicatorScore> Lines,
    decimal Total,
    PerformanceGrade Grade,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>False while any line is unscorable or awaits a reviewer's decision.</summary>
    public bool IsComplete => Findings.All(f => f.Severity != FindingSeverity.Error);
}
