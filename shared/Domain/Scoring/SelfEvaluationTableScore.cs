using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// The score a 自评表 earns by the scoring rules (<see cref="SelfEvaluationScorer"/>): 预算执行率 recomputed from its
/// amounts (实际支出 ÷ 调整预算; a stated rate may be wrong), and each 关键指标 that has an 实际完成值 and a category or
/// target to score against. <see cref="Paths"/> gives each scored indicator's field path, by the score line's index.
/// </summary>
public sealed record SelfEvaluationTableScore(SelfEvaluationScore Score, decimal? ExecutionRate, IReadOnlyList<string> Paths, int Unscored)
{
    public static SelfEvaluationTableScore Of(DepartmentSelfEvaluationTable table, ScoringOptions? options = null, QualitativeAssessment? assessment = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rate = table.AdjustedBudget > 0m ? table.ActualExpenditure / table.AdjustedBudget : (decimal?)null;
        var placed = SelfEvaluationIndicators.Placed(table);
        var scored = placed
            .Where(p => !string.IsNullOrWhiteSpace(p.Entry.Actual) && SelfEvaluationIndicators.IsCheckable(p.Entry))
            .ToList();
        var inputs = scored.Select(p => new SelfEvaluationIndicator(p.Entry) { Assessment = assessment }).ToList();
        return new(SelfEvaluationScorer.Score(rate, inputs, options), rate, [.. scored.Select(p => p.Path)], placed.Count - scored.Count);
    }
}
