using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>Money checks of a 绩效运行监控表 (docs/domain.md §4).</summary>
public static class MonitoringMoneyRules
{
    public static IReadOnlyList<Finding> Validate(PerformanceMonitoringForm form, MonitoringThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var limits = thresholds ?? MonitoringThresholds.Default;
        var findings = new List<Finding>();

        var rate = StatedRateCheck.Check(form.StatedExecutionRate, form.ExecutedJanuaryToJune, form.AnnualBudget,
            "rate.execution-mismatch", "budget.executionRate", "执行率", "1-6月执行数÷年度预算数");
        if (rate is not null)
        {
            findings.Add(rate);
        }

        if (form.ExecutedJanuaryToJune > form.AnnualBudget + 0.01m)
        {
            findings.Add(new Finding("money.executed-exceeds-budget", FindingSeverity.Error, "budget.executedJanuaryToJune",
                $"1-6月执行数{MoneyText.Wan(form.ExecutedJanuaryToJune)}超过年度预算数{MoneyText.Wan(form.AnnualBudget)}。"));
        }

        if (form.ForecastFullYearExecution + 0.01m < form.ExecutedJanuaryToJune)
        {
            findings.Add(new Finding("money.forecast-below-executed", FindingSeverity.Error, "budget.forecastFullYearExecution",
                $"全年预计执行数{MoneyText.Wan(form.ForecastFullYearExecution)}小于1-6月已执行数{MoneyText.Wan(form.ExecutedJanuaryToJune)}。"));
        }

        if (form.AnnualBudget > 0m)
        {
            var juneRate = form.ExecutedJanuaryToJune / form.AnnualBudget * 100m;
            if (juneRate < limits.LowExecutionAtJunePercent)
            {
                findings.Add(new Finding("monitoring.execution-low-at-june", FindingSeverity.Warning, "budget.executedJanuaryToJune",
                    $"截至6月底预算执行率{MoneyText.Percent(Math.Round(juneRate, 2, MidpointRounding.AwayFromZero), 2)}" +
                    $"低于{MoneyText.Percent(limits.LowExecutionAtJunePercent, 0)}，请关注执行进度。"));
            }
        }

        var forecast = ExecutionRateRules.CheckExplained(form.ForecastFullYearExecution, form.AnnualBudget,
            form.ExecutionShortfallExplanation, limits.ForecastExplanationPercent, FindingSeverity.Warning,
            "monitoring.forecast-low-unexplained", "budget.executionShortfallExplanation", "全年预计");
        if (forecast is not null)
        {
            findings.Add(forecast);
        }

        return findings;
    }
}
