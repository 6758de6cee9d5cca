using PerfWorkflow.Domain.Scoring;
using static PerfWorkflow.Domain.Tests.Scoring.ScoringForms;

namespace PerfWorkflow.Domain.Tests.Scoring;

/// <summary>One worked example per formula of docs/domain.md §5, default weights 10 / 50 / 30 / 10.</summary>
public class SelfEvaluationScorerFormulaTests
{
    [Fact]
    public void Everything_met_scores_100_with_the_default_weights()
    {
        var result = SelfEvaluationScorer.Score(1m, Form());

        Assert.Equal(100m, result.Total);
        Assert.Equal([10m, 50m, 30m, 10m], result.Lines.Select(l => l.Weight));
        Assert.Equal(PerformanceGrade.Excellent, result.Grade);
        Assert.True(result.IsComplete);
    }

    [Theory]
    [InlineData("0.9616", "9.62")]
    [InlineData("1.2", "10")]   // capped at the weight
    [InlineData("0", "0")]
    public void Execution_rate_times_weight_capped(string rate, string expected)
    {
        var result = SelfEvaluationScorer.Score(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), Form());

        var line = result.Lines[0];
        Assert.Equal(ScoringFormula.ExecutionRate, line.Formula);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Score);
    }

    [Fact]
    public void Seed_003_execution_rate_recomputed_from_its_money()
    {
        var result = SelfEvaluationScorer.Score(4195.95m / 4363.68m, Form());

        Assert.Equal(9.62m, result.Lines[0].Score);
        Assert.Contains("96.1562%", result.Lines[0].Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("≧85家", "68家", "40")]     // 68 ÷ 85 × 50
    [InlineData("≧85家", "90家", "50")]
    [InlineData("100%", "95%", "47.5")]     // "=" is more-is-better
    [InlineData("超过2300亿元", "2070亿元", "45")]
    [InlineData("约1.9万平方米", "1.9万平方米", "50")]
    [InlineData("≥30家", "0家", "0")]
    public void More_is_better(string target, string actual, string expected)
    {
        var line = SelfEvaluationScorer.Score(1m, Form(output: Output(target, actual))).Lines[1];

        Assert.Equal(ScoringFormula.MoreIsBetter, line.Formula);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Score);
    }

    [Theory]
    [InlineData("控制在3个工作日以内", "4个工作日", "37.5")]  // 3 ÷ 4 × 50
    [InlineData("控制在3个工作日以内", "2个工作日", "50")]
    [InlineData("≤90万元", "100万元", "45")]
    [InlineData("≤90万元", "0.009亿元", "50")]               // 90 万元 exactly, converted
    public void Less_is_better(string target, string actual, string expected)
    {
        var line = SelfEvaluationScorer.Score(1m, Form(output: Output(target, actual))).Lines[1];

        Assert.Equal(ScoringFormula.LessIsBetter, line.Formula);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Score);
    }

    [Theory]
    [InlineData("1-2个", "2个", "50")]
    [InlineData("1-2个", "3个", "33.33")]    // nearer bound 2: 2 ÷ 3 × 50
    [InlineData("6-8条", "3条", "25")]       // nearer bound 6: 3 ÷ 6 × 50
    public void Range_inside_full_outside_proportional_to_the_nearer_bound(string target, string actual, string expected)
    {
        var line = SelfEvaluationScorer.Score(1m, Form(output: Output(target, actual))).Lines[1];

        Assert.Equal(ScoringFormula.Range, line.Formula);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Score);
    }

    [Fact]
    public void Several_values_average_their_shares()
    {
        var output = Indicator("产出指标", "数量指标", "充电基础设施数量 （个）", "587；3", "587；2");

        var line = SelfEvaluationScorer.Score(1m, Form(output: output)).Lines[1];

        Assert.Equal(ScoringFormula.SeveralValues, line.Formula);
        Assert.Equal(41.67m, line.Score); // (1 + 2/3) ÷ 2 × 50
    }

    [Theory]
    [InlineData(QualitativeTier.Achieved, "90", "9")]
    [InlineData(QualitativeTier.Achieved, "80", "8")]
    [InlineData(QualitativeTier.PartlyAchieved, "70", "7")]
    [InlineData(QualitativeTier.NotAchieved, "30", "3")]
    public void Qualitative_tiers_use_the_reviewer_share_inside_the_band(QualitativeTier tier, string share, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var result = SelfEvaluationScorer.Score(1m, Form(satisfaction: QualitativeSatisfaction(tier, decimal.Parse(share, inv))));

        var line = result.Lines[3];
        Assert.Equal(ScoringFormula.Qualitative, line.Formula);
        Assert.Equal(decimal.Parse(expected, inv), line.Score);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void A_qualitative_share_outside_its_band_is_an_error_and_clamped()
    {
        var result = SelfEvaluationScorer.Score(1m, Form(satisfaction: QualitativeSatisfaction(QualitativeTier.Achieved, 70m)));

        Assert.Equal(8m, result.Lines[3].Score);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("scoring.qualitative-share-outside-band", finding.Code);
        Assert.Equal("indicators[2].actual", finding.FieldPath);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void A_qualitative_indicator_without_assessment_awaits_the_reviewer()
    {
        var result = SelfEvaluationScorer.Score(1m, Form(benefit: Benefit("合规", "合规")));

        Assert.Equal(ScoringFormula.Unscorable, result.Lines[2].Formula);
        Assert.Equal(0m, result.Lines[2].Score);
        Assert.Contains(result.Findings, f => f.Code == "scoring.qualitative-assessment-missing");
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Not_applicable_is_left_out_and_the_rest_rescaled_to_100()
    {
        var result = SelfEvaluationScorer.Score(1m,
            Form(output: Output("≧85家", "68家"), satisfaction: FullSatisfaction with { NotApplicable = true }));

        // 10 + 40 + 30 of 90 applicable points → 80 ÷ 90 × 100
        Assert.Equal(88.89m, result.Total);
        Assert.Equal(ScoringFormula.NotApplicable, result.Lines[3].Formula);
        Assert.Equal([11.11m, 55.56m, 33.33m, 0m], result.Lines.Select(l => l.Weight));
        Assert.Equal(PerformanceGrade.Good, result.Grade);
    }

    [Fact]
    public void Unreadable_or_mismatched_actuals_are_errors_not_guesses()
    {
        var result = SelfEvaluationScorer.Score(1m, Form(output: Output("≧85家", "85个"), benefit: Benefit("≥1家", null)));

        Assert.Contains(result.Findings, f => f.Code == "scoring.unit-mismatch" && f.FieldPath == "indicators[0].actual");
        Assert.Contains(result.Findings, f => f.Code == "scoring.actual-missing" && f.FieldPath == "indicators[1].actual");
        Assert.Equal(20m, result.Total);
    }

    [Fact]
    public void Explanations_state_the_formula_in_chinese()
    {
        var line = SelfEvaluationScorer.Score(1m, Form(output: Output("≧85家", "68家"))).Lines[1];

        Assert.Contains("68 ÷ 85 × 权重", line.Explanation, StringComparison.Ordinal);
        Assert.Contains("40分", line.Explanation, StringComparison.Ordinal);
    }
}
