using System.Globalization;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// The warning lights of a 绩效运行监控表 (docs/domain.md §4): expected progress = annual target × months elapsed ÷ 12;
/// the progress written for the end of June as a share of it gives red / yellow / green / blue. Every indicator whose
/// light is not green must say why (偏差原因) and what is done about it (纠偏措施).
/// Two kinds of target are not spread over the year: a rate or share (%, a satisfaction of ≥90 % is 90 % in June too)
/// and a ceiling (≤, &lt;: a cost or a duration is within its limit or not; then the share is limit ÷ progress).
/// </summary>
public static class MonitoringProgressRules
{
    public const string RedLight = "monitoring.light-red";
    public const string YellowLight = "monitoring.light-yellow";
    public const string BlueLight = "monitoring.light-blue";
    public const string ReasonMissing = "monitoring.deviation-reason-missing";
    public const string CorrectiveActionMissing = "monitoring.corrective-action-missing";

    public static IReadOnlyList<IndicatorProgress> Assess(PerformanceMonitoringForm form, MonitoringThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var limits = thresholds ?? MonitoringThresholds.Default;
        return [.. form.Indicators.Select((m, i) => Assess(i, m, limits))];
    }

    public static IReadOnlyList<Finding> Validate(PerformanceMonitoringForm form, MonitoringThresholds? thresholds = null)
    {
        var findings = new List<Finding>();
        foreach (var progress in Assess(form, thresholds).Where(p => p.NeedsExplanation))
        {
            var monitored = form.Indicators[progress.Index];
            var path = $"indicators[{progress.Index}]";
            var code = progress.Light switch { MonitoringLight.Red => RedLight, MonitoringLight.Yellow => YellowLight, _ => BlueLight };
            findings.Add(new Finding(code, FindingSeverity.Warning, $"{path}.completedByEndOfJune", $"指标“{progress.Name}”{progress.Explanation}。"));
            if (monitored.DeviationCauses.Count == 0 && string.IsNullOrWhiteSpace(monitored.DeviationNote))
            {
                findings.Add(new Finding(ReasonMissing, FindingSeverity.Error, $"{path}.deviationNote",
                    $"指标“{progress.Name}”为{MonitoringLightNames.Of(progress.Light)}，请说明偏差原因。"));
            }

            if (string.IsNullOrWhiteSpace(monitored.CorrectiveAction))
            {
                findings.Add(new Finding(CorrectiveActionMissing, FindingSeverity.Error, $"{path}.correctiveAction",
                    $"指标“{progress.Name}”为{MonitoringLightNames.Of(progress.Light)}，请填写纠偏措施。"));
            }
        }

        return findings;
    }

    private static IndicatorProgress Assess(int index, MonitoredIndicator monitored, MonitoringThresholds limits)
    {
        var entry = monitored.Indicator;
        IndicatorProgress None(string why) => new(index, entry.Name, MonitoringLight.NotAssessed, null, null, null, why);

        var parsed = IndicatorUnitResolver.Resolve(entry.Name, entry.AnnualTarget, entry.PeriodTarget);
        if (!parsed.IsQuantitative || parsed.Number is not { } annual || annual <= 0m)
        {
            return None("年度指标值不是数值，不计算预警灯");
        }

        if (string.IsNullOrWhiteSpace(monitored.CompletedByEndOfJune))
        {
            return None("未填写截至6月底完成值");
        }

        var done = IndicatorUnitResolver.Resolve(entry.Name, monitored.CompletedByEndOfJune, entry.AnnualTarget);
        if (!done.IsQuantitative || done.Number is not { } completed)
        {
            return None("截至6月底完成值不是数值，不计算预警灯");
        }

        if (parsed.Unit is not null && done.Unit is not null && !parsed.Unit.IsCompatibleWith(done.Unit))
        {
            return None($"完成值单位“{done.WrittenUnit}”与年度指标值单位“{parsed.WrittenUnit}”不一致，不计算预警灯");
        }

        // Texts as written: the parsed numbers are in the unit's canonical scale (1500亿元 is 15000000 万元).
        var june = monitored.CompletedByEndOfJune.Trim();
        var target = entry.AnnualTarget.Trim();
        if (parsed.Operator is TargetOperator.AtMost or TargetOperator.LessThan)
        {
            var within = completed <= annual ? 100m : completed == 0m ? 0m : Math.Round(annual / completed * 100m, 1, MidpointRounding.AwayFromZero);
            var ceilingLight = within >= limits.YellowBelowPercent ? MonitoringLight.Green : LightOf(within, limits);
            return new(index, entry.Name, ceilingLight, annual, completed, within,
                $"截至6月底为{june}，上限{target}，{MonitoringLightNames.Of(ceilingLight)}");
        }

        var prorated = parsed.Unit?.Dimension is not (UnitDimension.Percent or UnitDimension.PercentagePoint);
        var expected = prorated ? annual * limits.MonthsElapsed / 12m : annual;
        var share = Math.Round(completed / expected * 100m, 1, MidpointRounding.AwayFromZero);
        var light = LightOf(share, limits);
        var basis = prorated ? $"序时进度（年度指标值{target} × {limits.MonthsElapsed}/12）" : $"年度指标值{target}";
        return new(index, entry.Name, light, expected, completed, share,
            $"截至6月底完成{june}，为{basis}的{share.ToString("0.#", CultureInfo.InvariantCulture)}%，{MonitoringLightNames.Of(light)}");
    }

    private static MonitoringLight LightOf(decimal percentOfExpected, MonitoringThresholds limits) =>
        percentOfExpected < limits.RedBelowPercent ? MonitoringLight.Red
        : percentOfExpected < limits.YellowBelowPercent ? MonitoringLight.Yellow
        : percentOfExpected < limits.BlueFromPercent ? MonitoringLight.Green
        : MonitoringLight.Blue;

}
