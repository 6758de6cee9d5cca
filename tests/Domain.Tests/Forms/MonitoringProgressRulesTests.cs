using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Tests.Forms;

/// <summary>The monitoring lights of docs/domain.md §4 and the reason and corrective measure a non-green light needs.</summary>
public class MonitoringProgressRulesTests
{
    [Theory]
    [InlineData("≥30次", "8次", MonitoringLight.Red)]       // 8 ÷ 15 = 53 %
    [InlineData("≥30次", "9次", MonitoringLight.Yellow)]    // 60 %: the red band ends below it
    [InlineData("≥30次", "11次", MonitoringLight.Yellow)]   // 73 %
    [InlineData("≥30次", "12次", MonitoringLight.Green)]    // 80 %
    [InlineData("≥30次", "17次", MonitoringLight.Green)]    // 113 %
    [InlineData("≥30次", "18次", MonitoringLight.Blue)]     // 120 %
    [InlineData("≥90%", "92%", MonitoringLight.Green)]      // a rate is not spread over the year
    [InlineData("≥90%", "50%", MonitoringLight.Red)]
    [InlineData("≤100万元", "40万元", MonitoringLight.Green)] // within a ceiling
    [InlineData("≤100万元", "150万元", MonitoringLight.Yellow)] // 100 ÷ 150 = 67 %
    [InlineData("全面提升服务水平", "已完成", MonitoringLight.NotAssessed)]
    [InlineData("≥30次", "", MonitoringLight.NotAssessed)]
    public void The_light_compares_the_end_of_june_progress_with_the_expected_progress(string annual, string june, MonitoringLight light)
    {
        var progress = Assert.Single(MonitoringProgressRules.Assess(FormWith(Indicator(annual, june))));

        Assert.Equal(light, progress.Light);
    }

    [Fact]
    public void The_deviation_is_the_progress_as_a_share_of_the_expected_minus_one_hundred()
    {
        var progress = Assert.Single(MonitoringProgressRules.Assess(FormWith(Indicator("≥30次", "9次"))));

        Assert.Equal(15m, progress.Expected);
        Assert.Equal(60m, progress.PercentOfExpected);
        Assert.Equal(-40m, progress.DeviationPercent);
        Assert.Equal("截至6月底完成9次，为序时进度（年度指标值≥30次 × 6/12）的60%，黄灯", progress.Explanation);
    }

    [Fact]
    public void A_red_light_without_a_reason_and_a_corrective_measure_is_two_errors_beside_the_light()
    {
        var findings = MonitoringProgressRules.Validate(FormWith(Indicator("≥30次", "8次")));

        Assert.Equal(
            [
                (MonitoringProgressRules.RedLight, FindingSeverity.Warning, "indicators[0].completedByEndOfJune"),
                (MonitoringProgressRules.ReasonMissing, FindingSeverity.Error, "indicators[0].deviationNote"),
                (MonitoringProgressRules.CorrectiveActionMissing, FindingSeverity.Error, "indicators[0].correctiveAction"),
            ],
            findings.Select(f => (f.Code, f.Severity, f.FieldPath)));
        Assert.All(findings, f => Assert.Contains("开展招商活动次数", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_ticked_cause_and_a_corrective_measure_leave_only_the_light()
    {
        var explained = Indicator("≥30次", "8次") with { DeviationCauses = [DeviationCause.Funding], CorrectiveAction = "加快资金拨付" };

        var finding = Assert.Single(MonitoringProgressRules.Validate(FormWith(explained)));

        Assert.Equal((MonitoringProgressRules.RedLight, FindingSeverity.Warning), (finding.Code, finding.Severity));
    }

    [Fact]
    public void A_green_light_needs_no_explanation_and_the_thresholds_are_the_bureaus()
    {
        var form = FormWith(Indicator("≥30次", "13次"));

        Assert.Empty(MonitoringProgressRules.Validate(form));
        var stricter = MonitoringThresholds.Default with { YellowBelowPercent = 90m };
        Assert.Equal(MonitoringLight.Yellow, Assert.Single(MonitoringProgressRules.Assess(form, stricter)).Light);
    }

    [Fact]
    public void The_form_validator_reports_the_lights_of_a_monitoring_form()
    {
        var report = FormValidator.Validate(FormWith(Indicator("≥30次", "8次")), FormValidationOptions.Default);

        Assert.Contains(report.Findings, f => f.Code == MonitoringProgressRules.ReasonMissing);
    }

    private static MonitoredIndicator Indicator(string annual, string june) => new()
    {
        Indicator = new IndicatorEntry("产出指标", "数量指标", "开展招商活动次数", annual, annual),
        CompletedByEndOfJune = june,
    };

    private static PerformanceMonitoringForm FormWith(MonitoredIndicator indicator) => new()
    {
        DepartmentName = "某局",
        FiscalYear = 2027,
        AnnualBudget = 100m,
        ExecutedJanuaryToJune = 50m,
        ForecastFullYearExecution = 100m,
        Indicators = [indicator],
    };
}
