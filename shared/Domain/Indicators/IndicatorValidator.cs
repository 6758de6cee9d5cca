using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Checks the 绩效指标 table of a declaration, monitoring or self-evaluation form. Field paths are
/// "indicators[i].periodTarget", "indicators[i].annualTarget", "indicators[i].actual", "indicators[i].level1".
/// </summary>
public static class IndicatorValidator
{
    public const string CategoryUnrecognised = "indicator.category-unrecognised";
    public const string Level1Missing = "indicator.level1-missing";
    public const string AnnualTargetEmpty = "indicator.annual-target-empty";
    public const string UnitMissing = "indicator.unit-missing";
    public const string UnitMismatch = "indicator.unit-mismatch";
    public const string UnitNameConflict = "indicator.unit-name-conflict";
    public const string TargetPossiblyTooLow = "indicator.target-possibly-too-low";
    public const string TemplatePlaceholder = "indicator.template-placeholder";

    public static ValidationReport Validate(IReadOnlyList<IndicatorEntry> indicators, IndicatorValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        options ??= IndicatorValidationOptions.Default;
        var findings = new List<Finding>();
        var present = new HashSet<IndicatorLevel1Category>();

        for (var i = 0; i < indicators.Count; i++)
        {
            var entry = indicators[i];
            var path = $"indicators[{i}]";
            var classification = IndicatorCategoryClassifier.Classify(entry.Level1, entry.Level2);
            if (classification.Category is { } category)
            {
                present.Add(category.Level1);
            }

            if (!classification.IsRecognised)
            {
                // An error: scoring weighs indicators by 一级, so an unplaceable indicator cannot be scored.
                var level1Problems = new List<string>();
                var level1Read = IndicatorCategoryClassifier.ReadLevel1(entry.Level1, level1Problems);
                var blamed = level1Problems.Count > 0 || (level1Read is null && classification.Category is null) ? "level1" : "level2";
                findings.Add(new Finding(CategoryUnrecognised, FindingSeverity.Error, $"{path}.{blamed}",
                    $"指标“{entry.Name}”的分类无法识别：{string.Join("；", classification.Problems)}"));
            }

            CheckTargets(entry, path, findings);
            if (entry.Actual is not null)
            {
                CheckOverCompletion(entry, path, options.OverCompletionRatio, findings);
            }
        }

        foreach (var required in options.RequiredLevel1.Order())
        {
            if (!present.Contains(required))
            {
                findings.Add(new Finding(Level1Missing, options.MissingLevel1Severity, "indicators",
                    $"缺少一级指标“{IndicatorCategory.ChineseName(required)}”，请至少设置一个三级指标"));
            }
        }

        return new ValidationReport(findings);
    }

    private static void CheckTargets(IndicatorEntry entry, string path, List<Finding> findings)
    {
        var period = TargetValueParser.Parse(entry.PeriodTarget);
        var annual = TargetValueParser.Parse(entry.AnnualTarget);
        if (annual.Kind == TargetValueKind.Empty)
        {
            findings.Add(new Finding(AnnualTargetEmpty, FindingSeverity.Warning, $"{path}.annualTarget",
                $"指标“{entry.Name}”未填写年度指标值"));
        }

        if (period.Unit is not null && annual.Unit is not null && !period.Unit.IsCompatibleWith(annual.Unit))
        {
            findings.Add(new Finding(UnitMismatch, FindingSeverity.Error, $"{path}.annualTarget",
                $"指标“{entry.Name}”的实施周期指标值单位“{period.WrittenUnit}”与年度指标值单位“{annual.WrittenUnit}”不一致"));
        }

        CheckPlaceholder(entry, period, "实施周期指标值", $"{path}.periodTarget", findings);
        CheckPlaceholder(entry, annual, "年度指标值", $"{path}.annualTarget", findings);
        CheckResolvedUnit(entry, IndicatorUnitResolver.Resolve(entry.Name, period, annual), "实施周期指标值", $"{path}.periodTarget", findings);
        CheckResolvedUnit(entry, IndicatorUnitResolver.Resolve(entry.Name, annual, period), "年度指标值", $"{path}.annualTarget", findings);
    }

    /// <summary>A warning, not an error: the real value after the placeholder is read, the cell only needs tidying.</summary>
    private static void CheckPlaceholder(IndicatorEntry entry, TargetValue value, string which, string fieldPath, List<Finding> findings)
    {
        if (value.Placeholder is not { } placeholder)
        {
            return;
        }

        findings.Add(new Finding(TemplatePlaceholder, FindingSeverity.Warning, fieldPath, value.IsQuantitative
            ? $"指标“{entry.Name}”的{which}“{value.Raw.Trim()}”前留有模板占位符“{placeholder}”，已按其后的数值读取，请删除占位符"
            : $"指标“{entry.Name}”的{which}“{value.Raw.Trim()}”是未替换的模板占位符，请填写实际指标值"));
    }

    private static void CheckResolvedUnit(IndicatorEntry entry, TargetValue value, string which, string fieldPath, List<Finding> findings)
    {
        if (!value.IsQuantitative)
        {
            return;
        }

        if (value.Unit is null)
        {
            findings.Add(new Finding(UnitMissing, FindingSeverity.Warning, fieldPath,
                $"指标“{entry.Name}”的{which}“{value.Raw.Trim()}”是定量指标，但指标值和指标名称中都没有计量单位"));
        }
        else if (value.Notes.Any(n => n.StartsWith("指标名称注明单位", StringComparison.Ordinal)))
        {
            findings.Add(new Finding(UnitNameConflict, FindingSeverity.Warning, fieldPath,
                $"指标“{entry.Name}”名称中注明的单位与{which}“{value.Raw.Trim()}”的单位不一致"));
        }
    }

    private static void CheckOverCompletion(IndicatorEntry entry, string path, decimal ratio, List<Finding> findings)
    {
        var target = IndicatorUnitResolver.Resolve(entry.Name, entry.AnnualTarget, entry.PeriodTarget);
        var actual = IndicatorUnitResolver.Resolve(entry.Name, entry.Actual, entry.AnnualTarget);
        if (!target.IsQuantitative || !actual.IsQuantitative
            || target.Operator is not (TargetOperator.Equal or TargetOperator.AtLeast or TargetOperator.GreaterThan or TargetOperator.Approximately)
            || target.Number is not > 0m || actual.Number is not { } done
            || (target.Unit is not null && !target.Unit.IsCompatibleWith(actual.Unit)))
        {
            return;
        }

        var planned = target.Number.Value;
        if (done >= planned * ratio)
        {
            var percent = Math.Round(done / planned * 100m, 1, MidpointRounding.AwayFromZero);
            findings.Add(new Finding(TargetPossiblyTooLow, FindingSeverity.Warning, $"{path}.actual",
                $"指标“{entry.Name}”实际完成值“{entry.Actual!.Trim()}”为年度指标值“{entry.AnnualTarget.Trim()}”的{percent}%，" +
                "目标可能设置偏低，请说明原因"));
        }
    }
}
