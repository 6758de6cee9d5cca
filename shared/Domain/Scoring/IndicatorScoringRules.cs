using System.Globalization;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// The formulas of docs/domain.md §5 for one indicator, as a share of its weight. "=" and "≈" count as more-is-better
/// (an output of 5 份 exceeded is not a failure); "≤" and "&lt;" are costs and durations, less-is-better.
/// </summary>
internal static class IndicatorScoringRules
{
    public const string ActualMissing = "scoring.actual-missing";
    public const string ActualUnreadable = "scoring.actual-unreadable";
    public const string UnitMismatch = "scoring.unit-mismatch";
    public const string AssessmentMissing = "scoring.qualitative-assessment-missing";
    public const string ShareOutsideBand = "scoring.qualitative-share-outside-band";
    public const string ValueCountMismatch = "scoring.value-count-mismatch";

    public static RuleOutcome Score(SelfEvaluationIndicator indicator, ScoringOptions options)
    {
        var entry = indicator.Entry;
        var target = IndicatorUnitResolver.Resolve(entry.Name, entry.AnnualTarget, entry.PeriodTarget);
        if (!target.IsQuantitative)
        {
            return Qualitative(indicator.Assessment, options, "年度指标值为定性指标");
        }

        if (string.IsNullOrWhiteSpace(entry.Actual))
        {
            return indicator.Assessment is null
                ? RuleOutcome.Failed(ActualMissing, "未填写实际完成值，无法计分")
                : Qualitative(indicator.Assessment, options, "未填写实际完成值，按评审意见");
        }

        var actual = IndicatorUnitResolver.Resolve(entry.Name, entry.Actual, entry.AnnualTarget);
        if (!actual.IsQuantitative)
        {
            return indicator.Assessment is null
                ? RuleOutcome.Failed(ActualUnreadable, $"实际完成值“{entry.Actual.Trim()}”无法读作数值，请按定性指标评定档次")
                : Qualitative(indicator.Assessment, options, "实际完成值为文字描述，按评审意见");
        }

        if (target.Unit is not null && actual.Unit is not null && !target.Unit.IsCompatibleWith(actual.Unit))
        {
            return RuleOutcome.Failed(UnitMismatch,
                $"实际完成值单位“{actual.WrittenUnit}”与年度指标值单位“{target.WrittenUnit}”不一致，无法计分");
        }

        var unit = target.Unit?.Symbol ?? actual.Unit?.Symbol ?? "";
        return target.Operator switch
        {
            TargetOperator.AtMost or TargetOperator.LessThan => LessIsBetter(target.Numbers[0], actual.Numbers[0], unit),
            TargetOperator.Range => Range(target.Numbers[0], target.Numbers[1], actual.Numbers[0], unit),
            TargetOperator.Several => Several(target.Numbers, actual.Numbers, unit),
            _ => MoreIsBetter(target.Numbers[0], actual.Numbers[0], unit),
        };
    }

    public static RuleOutcome MoreIsBetter(decimal target, decimal actual, string unit)
    {
        if (actual >= target)
        {
            return new(ScoringFormula.MoreIsBetter, 1m, $"实际完成值{Show(actual, unit)} ≥ 年度指标值{Show(target, unit)}，得满分");
        }

        // A zero or negative target cannot be divided into; falling short of it earns nothing.
        var share = target > 0m ? Math.Max(actual, 0m) / target : 0m;
        return new(ScoringFormula.MoreIsBetter, share,
            $"实际完成值{Show(actual, unit)} < 年度指标值{Show(target, unit)}，得分 = {Show(actual)} ÷ {Show(target)} × 权重");
    }

    public static RuleOutcome LessIsBetter(decimal target, decimal actual, string unit)
    {
        if (actual <= target)
        {
            return new(ScoringFormula.LessIsBetter, 1m, $"实际值{Show(actual, unit)} ≤ 年度指标值{Show(target, unit)}，得满分");
        }

        var share = target > 0m ? target / actual : 0m;
        return new(ScoringFormula.LessIsBetter, share,
            $"实际值{Show(actual, unit)} > 年度指标值{Show(target, unit)}，得分 = {Show(target)} ÷ {Show(actual)} × 权重");
    }

    public static RuleOutcome Range(decimal low, decimal high, decimal actual, string unit)
    {
        var band = $"{Show(low)}-{Show(high, unit)}";
        if (actual >= low && actual <= high)
        {
            return new(ScoringFormula.Range, 1m, $"实际完成值{Show(actual, unit)}在区间{band}内，得满分");
        }

        if (actual < low)
        {
            var below = low > 0m ? Math.Max(actual, 0m) / low : 0m;
            return new(ScoringFormula.Range, below,
                $"实际完成值{Show(actual, unit)}低于区间{band}下限，得分 = {Show(actual)} ÷ {Show(low)} × 权重");
        }

        return new(ScoringFormula.Range, high / actual,
            $"实际完成值{Show(actual, unit)}高于区间{band}上限，得分 = {Show(high)} ÷ {Show(actual)} × 权重");
    }

    private static RuleOutcome Several(IReadOnlyList<decimal> targets, IReadOnlyList<decimal> actuals, string unit)
    {
        if (targets.Count != actuals.Count)
        {
            return RuleOutcome.Failed(ValueCountMismatch,
                $"年度指标值有{targets.Count}个数值，实际完成值有{actuals.Count}个，无法逐项计分");
        }

        var shares = targets.Select((t, i) => MoreIsBetter(t, actuals[i], unit).Share).ToList();
        var parts = string.Join("；", targets.Select((t, i) => $"{Show(actuals[i], unit)}/{Show(t, unit)}"));
        return new(ScoringFormula.SeveralValues, shares.Average(),
            $"多个数值逐项按“越多越好”计算后取平均（实际/目标：{parts}）");
    }

    private static RuleOutcome Qualitative(QualitativeAssessment? assessment, ScoringOptions options, string why)
    {
        if (assessment is null)
        {
            return RuleOutcome.Failed(AssessmentMissing, $"{why}，需评审人选择档次（达成/部分达成/未达成）并在档内给分");
        }

        var (low, high) = options.BandOf(assessment.Tier);
        var tier = TierName(assessment.Tier);
        if (assessment.SharePercent < low || assessment.SharePercent > high)
        {
            var clamped = Math.Clamp(assessment.SharePercent, low, high);
            return new(ScoringFormula.Qualitative, clamped / 100m,
                $"{why}；档次“{tier}”应在权重的{Show(low)}%-{Show(high)}%之间，所给{Show(assessment.SharePercent)}%超出范围，暂按{Show(clamped)}%计",
                ShareOutsideBand);
        }

        return new(ScoringFormula.Qualitative, assessment.SharePercent / 100m,
            $"{why}；评定为“{tier}”（{Show(low)}%-{Show(high)}%），评审给分为权重的{Show(assessment.SharePercent)}%");
    }

    public static string TierName(QualitativeTier tier) => tier switch
    {
        QualitativeTier.Achieved => "达成年度指标",
        QualitativeTier.PartlyAchieved => "部分达成年度指标并具有一定效果",
        _ => "未达成年度指标且效果较差",
    };

    public static string Show(decimal value, string unit = "") =>
        value.ToString("#,0.####", CultureInfo.InvariantCulture) + unit;
}
