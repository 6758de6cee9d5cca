using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Tests.Indicators;

public class IndicatorValidatorTests
{
    [Fact]
    public void Seed_004_has_exactly_one_error_the_unit_mismatch_of_the_patent_count()
    {
        var report = IndicatorValidator.Validate(SeedIndicators.Seed004);

        var error = Assert.Single(report.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(IndicatorValidator.UnitMismatch, error.Code);
        Assert.Equal("indicators[6].annualTarget", error.FieldPath);
        Assert.Contains("件", error.Message, StringComparison.Ordinal);
        Assert.Contains("年", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_004_units_in_names_are_found_so_no_unit_is_reported_missing()
    {
        var report = IndicatorValidator.Validate(SeedIndicators.Seed004);

        Assert.DoesNotContain(report.Findings, f => f.Code == IndicatorValidator.UnitMissing);
        Assert.DoesNotContain(report.Findings, f => f.Code == IndicatorValidator.Level1Missing);
    }

    [Fact]
    public void Seed_000_passes_without_findings()
    {
        var report = IndicatorValidator.Validate(SeedIndicators.Seed000);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Seed_003_categories_are_read_and_only_benefit_is_missing()
    {
        var report = IndicatorValidator.Validate(SeedIndicators.Seed003);

        var missing = Assert.Single(report.Findings);
        Assert.Equal(IndicatorValidator.Level1Missing, missing.Code);
        Assert.Contains("效益指标", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_002_project_without_satisfaction_gets_a_warning_not_an_error()
    {
        var report = IndicatorValidator.Validate(SeedIndicators.Seed002EnterpriseService);

        var missing = Assert.Single(report.Findings, f => f.Code == IndicatorValidator.Level1Missing);
        Assert.Equal(FindingSeverity.Warning, missing.Severity);
        Assert.Equal("indicators", missing.FieldPath);
        Assert.Contains("满意度指标", missing.Message, StringComparison.Ordinal);
        Assert.False(report.HasErrors);
        Assert.DoesNotContain(report.Findings, f => f.Code == IndicatorValidator.UnitMissing);
    }

    [Fact]
    public void The_required_set_and_its_severity_are_configurable()
    {
        var options = new IndicatorValidationOptions
        {
            RequiredLevel1 = new HashSet<IndicatorLevel1Category> { IndicatorLevel1Category.Cost },
            MissingLevel1Severity = FindingSeverity.Error,
        };

        var report = IndicatorValidator.Validate(SeedIndicators.Seed002EnterpriseService, options);

        var missing = Assert.Single(report.Findings, f => f.Code == IndicatorValidator.Level1Missing);
        Assert.Equal(FindingSeverity.Error, missing.Severity);
        Assert.Contains("成本指标", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantitative_indicator_with_no_unit_anywhere_is_a_warning_on_each_value()
    {
        IndicatorEntry[] indicators =
        [
            new("产出指标", "数量指标", "推动小升规企业数", "120", "120"),
            new("效益指标", "社会效益指标", "宣传效应", "达标", "达标"),
            new("满意度指标", "服务对象满意度指标", "服务满意率", "95", "95"),
        ];

        var report = IndicatorValidator.Validate(indicators);

        var missing = report.Findings.Where(f => f.Code == IndicatorValidator.UnitMissing).ToList();
        Assert.Equal(["indicators[0].periodTarget", "indicators[0].annualTarget"], missing.Select(f => f.FieldPath));
        Assert.All(missing, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Unrecognised_categories_and_empty_annual_targets_are_reported()
    {
        IndicatorEntry[] indicators =
        [
            new("绩效指标", "数量指标", "某指标", "1个", ""),
        ];

        var report = IndicatorValidator.Validate(indicators);

        Assert.Contains(report.Findings, f => f.Code == IndicatorValidator.CategoryUnrecognised && f.FieldPath == "indicators[0].level1");
        Assert.Contains(report.Findings, f => f.Code == IndicatorValidator.AnnualTargetEmpty && f.FieldPath == "indicators[0].annualTarget");
    }

    [Fact]
    public void A_name_unit_contradicting_the_value_is_a_warning()
    {
        IndicatorEntry[] indicators = [new("效益指标", "经济效益指标", "年充电量提升幅度（%）", "2个", "2个")];

        var report = IndicatorValidator.Validate(indicators, new IndicatorValidationOptions { RequiredLevel1 = new HashSet<IndicatorLevel1Category>() });

        Assert.Equal(2, report.Findings.Count(f => f.Code == IndicatorValidator.UnitNameConflict));
    }

    [Theory]
    [InlineData("≧85家", "128家", true)]   // 150.6 %
    [InlineData("≧85家", "127家", false)]  // 149.4 %
    [InlineData("≧85家", "127.5", true)]   // exactly 1.5 ×, unit from the target
    [InlineData("≤90万元", "500万元", false)] // less-is-better targets are not "set too low"
    [InlineData("1-2个", "9个", false)]    // ranges are scored, not flagged
    [InlineData("达标", "达标", false)]
    public void Actual_far_above_target_warns_that_the_target_may_be_too_low(string target, string actual, bool warns)
    {
        IndicatorEntry[] indicators = [new("产出指标", "数量指标", "招商企业数量", target, target) { Actual = actual }];

        var report = IndicatorValidator.Validate(indicators);

        var warning = report.Findings.SingleOrDefault(f => f.Code == IndicatorValidator.TargetPossiblyTooLow);
        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Equal("indicators[0].actual", warning.FieldPath);
            Assert.Contains("目标可能设置偏低", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_over_completion_threshold_is_configurable()
    {
        IndicatorEntry[] indicators = [new("产出指标", "数量指标", "注册项目数", "7个", "7个") { Actual = "8.5个" }];

        var strict = IndicatorValidator.Validate(indicators, new IndicatorValidationOptions { OverCompletionRatio = 1.2m });
        var lenient = IndicatorValidator.Validate(indicators);

        Assert.Contains(strict.Findings, f => f.Code == IndicatorValidator.TargetPossiblyTooLow);
        Assert.DoesNotContain(lenient.Findings, f => f.Code == IndicatorValidator.TargetPossiblyTooLow);
    }
}
