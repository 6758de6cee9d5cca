using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// One line of the score breakdown. <see cref="Index"/> is the indicator's position on the form (null for the
/// 预算执行率 line); <see cref="Weight"/> is after rescaling to 100, <see cref="Score"/> rounded to 0.01.
/// </summary>
public sealed record IndicatorScore(
    int? Index,
    string Name,
    IndicatorLevel1Category? Category,
    decimal Weight,
    ScoringFormula Formula,
    decimal Score,
    string Explanation);
