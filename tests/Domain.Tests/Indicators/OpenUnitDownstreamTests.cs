using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;
using PerfWorkflow.Domain.Validation;
using static PerfWorkflow.Domain.Tests.Scoring.ScoringForms;

namespace PerfWorkflow.Domain.Tests.Indicators;

/// <summary>An open unit keeps working where units are used: the unit checks of validation and the scoring formulas.</summary>
public class OpenUnitDownstreamTests
{
    private static IndicatorEntry Cost(string period, string annual) =>
        new("成本指标", "经济成本指标", "人均运维成本", period, annual);

    [Fact]
    public void Compound_units_of_one_indicator_agree_or_are_reported_as_a_mismatch()
    {
        Assert.DoesNotContain(IndicatorValidator.Validate([Cost("≤35元/人·年", "≤35元/人/年")]).Findings,
            f => f.Code is IndicatorValidator.UnitMismatch or IndicatorValidator.UnitMissing);

        var mismatch = Assert.Single(IndicatorValidator.Validate([Cost("≤35元/人·年", "≤35元/户·年")]).Findings,
            f => f.Code == IndicatorValidator.UnitMismatch);
        Assert.Equal((FindingSeverity.Error, "indicators[0].annualTarget"), (mismatch.Severity, mismatch.FieldPath));
        Assert.Contains("元/户·年", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_unit_in_the_indicators_name_gives_a_bare_number_its_unit()
    {
        var resolved = IndicatorUnitResolver.Resolve("人均运维成本（元/人·年）", "≤35");

        Assert.Equal((UnitSource.IndicatorName, "万元/人·年", 0.0035m), (resolved.UnitSource, resolved.Unit?.Symbol, resolved.Number));
        Assert.Null(IndicatorUnitResolver.Resolve("对环境污染持续减少（是/否）", "1").Unit);
        Assert.DoesNotContain(IndicatorValidator.Validate([Cost("≤35元/人·年", "≤35") with { Name = "人均运维成本（元/人·年）" }]).Findings,
            f => f.Code is IndicatorValidator.UnitNameConflict or IndicatorValidator.UnitMissing or IndicatorValidator.UnitMismatch);
        Assert.Contains(IndicatorValidator.Validate([Cost("≤35元/户·年", "≤35元/户·年") with { Name = "人均运维成本（元/人·年）" }]).Findings,
            f => f.Code == IndicatorValidator.UnitNameConflict);
    }

    [Fact]
    public void An_unknown_unit_is_compared_by_its_text()
    {
        var same = new IndicatorEntry("产出指标", "数量指标", "改造行政村数", "12个行政村", "≥4个行政村");
        var other = same with { AnnualTarget = "≥4个社区" };

        Assert.DoesNotContain(IndicatorValidator.Validate([same]).Findings, f => f.Code == IndicatorValidator.UnitMismatch);
        Assert.Contains(IndicatorValidator.Validate([other]).Findings, f => f.Code == IndicatorValidator.UnitMismatch);
    }

    [Fact]
    public void A_template_placeholder_is_a_warning_naming_the_indicator_and_the_value_after_it_is_checked()
    {
        var entry = new IndicatorEntry("产出指标", "数量指标", "新建口袋公园数量", "(≥**个)≥12个", "≥**个");

        var findings = IndicatorValidator.Validate([entry]).Findings.Where(f => f.Code == IndicatorValidator.TemplatePlaceholder).ToList();

        Assert.Equal(["indicators[0].periodTarget", "indicators[0].annualTarget"], findings.Select(f => f.FieldPath));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Contains("新建口袋公园数量", f.Message, StringComparison.Ordinal));
        Assert.Contains("已按其后的数值读取", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("请填写实际指标值", findings[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("≤35元/人·年", "30元/人·年", "10")]
    [InlineData("≤35元/人·年", "50元/人·年", "7")]
    [InlineData("≥3000吨", "1500吨", "5")]
    [InlineData("≥12公顷", "6公顷", "5")]
    [InlineData("≥12公顷", "60000平方米", "5")]
    [InlineData("≤2次/月", "4次/月", "5")]
    [InlineData("≥5吨标准煤", "5吨标准煤", "10")]
    public void Scoring_reads_open_and_compound_units_like_any_other(string target, string actual, string satisfactionScore)
    {
        var result = SelfEvaluationScorer.Score(1m, Form(satisfaction: Indicator("满意度指标", "服务对象满意度指标", "指标", target, actual)));

        Assert.True(result.IsComplete, string.Join("；", result.Findings.Select(f => f.Message)));
        Assert.Equal(decimal.Parse(satisfactionScore, System.Globalization.CultureInfo.InvariantCulture), result.Lines[^1].Score);
    }

    [Fact]
    public void Scoring_refuses_to_compare_different_compound_units()
    {
        var result = SelfEvaluationScorer.Score(1m, Form(satisfaction: Indicator("满意度指标", "服务对象满意度指标", "指标", "≤35元/人·年", "30元/户·年")));

        Assert.Contains(result.Findings, f => f.Code == "scoring.unit-mismatch");
    }
}
