using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;
using static PerfWorkflow.Domain.Tests.Scoring.ScoringForms;

namespace PerfWorkflow.Domain.Tests.Scoring;

public class SelfEvaluationScorerWeightAndGradeTests
{
    [Fact]
    public void A_category_weight_is_spread_over_its_indicators()
    {
        SelfEvaluationIndicator[] form = [FullOutput, Output("≥4个", "2个"), FullBenefit, FullSatisfaction];

        var result = SelfEvaluationScorer.Score(1m, form);

        Assert.Equal([10m, 25m, 25m, 30m, 10m], result.Lines.Select(l => l.Weight));
        Assert.Equal(12.5m, result.Lines[2].Score);
        Assert.Equal(87.5m, result.Total);
    }

    [Fact]
    public void Weights_stated_on_the_form_are_used_and_the_rest_share_what_remains()
    {
        SelfEvaluationIndicator[] form =
        [
            FullOutput with { Entry = FullOutput.Entry with { Weight = 30m } },
            FullOutput,
            FullOutput,
            FullBenefit with { Entry = FullBenefit.Entry with { Weight = 30m } },
            FullSatisfaction,
        ];

        var result = SelfEvaluationScorer.Score(1m, form);

        Assert.Equal([10m, 30m, 10m, 10m, 30m, 10m], result.Lines.Select(l => l.Weight));
        Assert.Equal(100m, result.Total);
    }

    [Fact]
    public void Cost_indicators_share_the_output_weight_by_default_and_get_their_own_when_configured()
    {
        var cost = Indicator("成本指标", "经济成本指标", "培训平均成本", "≤90万元", "100万元");
        SelfEvaluationIndicator[] form = [FullOutput, cost, FullBenefit, FullSatisfaction];

        var byDefault = SelfEvaluationScorer.Score(1m, form);
        var ownShare = SelfEvaluationScorer.Score(1m, form,
            new ScoringOptions { Weights = new ScoringWeights(ExecutionRate: 10m, Output: 40m, Benefit: 30m, Satisfaction: 10m, Cost: 10m) });

        Assert.Equal(25m, byDefault.Lines[2].Weight);
        Assert.Equal(IndicatorLevel1Category.Output, byDefault.Lines[2].Category);
        Assert.Equal(22.5m, byDefault.Lines[2].Score);
        Assert.Equal(10m, ownShare.Lines[2].Weight);
        Assert.Equal(IndicatorLevel1Category.Cost, ownShare.Lines[2].Category);
        Assert.Equal(9m, ownShare.Lines[2].Score);
    }

    [Fact]
    public void Configured_weights_replace_the_defaults()
    {
        var options = new ScoringOptions { Weights = new ScoringWeights(ExecutionRate: 20m, Output: 40m, Benefit: 30m, Satisfaction: 10m) };

        var result = SelfEvaluationScorer.Score(0.5m, Form(), options);

        Assert.Equal(20m, result.Lines[0].Weight);
        Assert.Equal(90m, result.Total);
    }

    [Fact]
    public void A_missing_execution_rate_drops_out_and_the_rest_is_rescaled()
    {
        var result = SelfEvaluationScorer.Score(null, Form(output: Output("≧85家", "68家")));

        Assert.Equal(ScoringFormula.MoreIsBetter, result.Lines[0].Formula);
        Assert.Equal(88.89m, result.Total); // 80 of 90
    }

    [Fact]
    public void Unclassifiable_indicators_are_reported()
    {
        SelfEvaluationIndicator[] form = [.. Form(), Indicator("绩效指标", "", "某指标", "1个", "1个")];

        var result = SelfEvaluationScorer.Score(1m, form);

        Assert.Contains(result.Findings, f => f.Code == SelfEvaluationScorer.CategoryUnrecognised && f.FieldPath == "indicators[3].level1");
        Assert.Equal(ScoringFormula.Unscorable, result.Lines[4].Formula);
        Assert.Equal(100m, result.Total);
    }

    [Theory]
    [InlineData("100", PerformanceGrade.Excellent)]
    [InlineData("96", PerformanceGrade.Excellent)]   // seed 001: 96 分 → 优
    [InlineData("90", PerformanceGrade.Excellent)]
    [InlineData("89.99", PerformanceGrade.Good)]
    [InlineData("80", PerformanceGrade.Good)]
    [InlineData("79.99", PerformanceGrade.Fair)]
    [InlineData("60", PerformanceGrade.Fair)]
    [InlineData("59.99", PerformanceGrade.Poor)]
    [InlineData("0", PerformanceGrade.Poor)]
    public void Grade_bands_with_their_boundaries(string total, PerformanceGrade expected) =>
        Assert.Equal(expected, GradeBands.Default.GradeOf(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Grade_bands_are_configurable()
    {
        var bands = new GradeBands(Excellent: 85m, Good: 75m, Fair: 60m);

        Assert.Equal(PerformanceGrade.Excellent, bands.GradeOf(85m));
        Assert.Equal(PerformanceGrade.Good, bands.GradeOf(84.99m));
        Assert.Equal(PerformanceGrade.Fair, bands.GradeOf(74.99m));
    }

    [Fact]
    public void Worked_total_of_exactly_90_is_excellent()
    {
        var result = SelfEvaluationScorer.Score(1m, Form(satisfaction: QualitativeSatisfaction(QualitativeTier.NotAchieved, 0m)));

        Assert.Equal(90m, result.Total);
        Assert.Equal(PerformanceGrade.Excellent, result.Grade);
    }

    [Fact]
    public void Worked_total_just_under_90_is_good()
    {
        // 9.99 + 50 + 30 + 0
        var result = SelfEvaluationScorer.Score(0.999m,
            Form(satisfaction: QualitativeSatisfaction(QualitativeTier.NotAchieved, 0m)));

        Assert.Equal(89.99m, result.Total);
        Assert.Equal(PerformanceGrade.Good, result.Grade);
    }

    [Fact]
    public void Worked_total_of_exactly_80_is_good()
    {
        var result = SelfEvaluationScorer.Score(1m,
            Form(benefit: Benefit("≥3家", "2家"), satisfaction: QualitativeSatisfaction(QualitativeTier.NotAchieved, 0m)));

        Assert.Equal(80m, result.Total);
        Assert.Equal(PerformanceGrade.Good, result.Grade);
    }

    [Fact]
    public void Worked_total_of_exactly_60_is_fair()
    {
        var result = SelfEvaluationScorer.Score(0m,
            Form(output: Output("≥5个", "3个"), satisfaction: QualitativeSatisfaction(QualitativeTier.NotAchieved, 0m)));

        Assert.Equal(60m, result.Total);
        Assert.Equal(PerformanceGrade.Fair, result.Grade);
    }

    [Fact]
    public void Worked_total_below_60_is_poor()
    {
        var result = SelfEvaluationScorer.Score(0.5m,
            Form(output: Output("≥5个", "3个"), benefit: Benefit("≥3家", "2家"), satisfaction: QualitativeSatisfaction(QualitativeTier.NotAchieved, 0m)));

        Assert.Equal(55m, result.Total);
        Assert.Equal(PerformanceGrade.Poor, result.Grade);
    }
}
