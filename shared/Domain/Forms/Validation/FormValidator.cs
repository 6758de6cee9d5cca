using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Every rule that applies to a form, in one call: its money and rate rules, and the indicator rules for each
/// indicator list it holds, with field paths pointing into the form (<c>rows[2].indicators[0].annualTarget</c>).
/// </summary>
public static class FormValidator
{
    public static ValidationReport Validate(IFormDocument form, IndicatorValidationOptions? indicatorOptions = null) =>
        Validate(form, indicatorOptions is null ? FormValidationOptions.Default : FormValidationOptions.Default with { Indicators = indicatorOptions });

    /// <summary>
    /// The one validation the command line, the API and the Portal share: the rules of the form's kind
    /// (<see cref="FormKinds"/> says which). Every form that states a grade and a score, or a rate and its amounts,
    /// gets the same grade-band and recomputed-rate checks (<see cref="GradeRules"/>, <see cref="StatedRateCheck"/>),
    /// with the bureau's thresholds from <paramref name="options"/>.
    /// </summary>
    public static ValidationReport Validate(IFormDocument form, FormValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(options);
        return new(FormKinds.Of(form).Validate(form, options));
    }

    internal static IReadOnlyList<Finding> Declaration(DepartmentBudgetDeclaration declaration, FormValidationOptions options) =>
        [.. DeclarationCompletenessRules.Validate(declaration), .. DeclarationMoneyRules.Validate(declaration), .. IndicatorValidator.Validate(declaration.Indicators, options.Indicators).Findings];

    internal static IReadOnlyList<Finding> Monitoring(PerformanceMonitoringForm monitoring, FormValidationOptions options) =>
        [.. MonitoringMoneyRules.Validate(monitoring, options.Monitoring), .. MonitoringProgressRules.Validate(monitoring, options.Monitoring), .. IndicatorValidator.Validate([.. monitoring.Indicators.Select(m => m.Indicator)], options.Indicators).Findings];

    internal static IReadOnlyList<Finding> Report(SelfEvaluationReport report, FormValidationOptions options) =>
        SelfEvaluationReportMoneyRules.Validate(report, options);

    /// <summary>An 整改清单 has no money or indicator rules: its items are checked one by one by the finance bureau.</summary>
    internal static IReadOnlyList<Finding> Rectification(RectificationList list, FormValidationOptions options) => [];

    /// <summary>Each project declares its own indicators, so each project row's list is checked on its own.</summary>
    internal static IReadOnlyList<Finding> ProjectTable(ProjectPerformanceTable table, FormValidationOptions options)
    {
        var findings = new List<Finding>(ProjectTableMoneyRules.Validate(table));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.Kind == ProjectTableRowKind.Project && row.Indicators.Count > 0)
            {
                findings.AddRange(IndicatorValidator.Validate(row.Indicators, options.Indicators).Findings
                    .Select(f => f with { FieldPath = $"rows[{i}]." + f.FieldPath, Message = $"项目“{row.Name}”：" + f.Message }));
            }
        }

        return findings;
    }

    /// <summary>
    /// A 自评表's 关键指标 are often written with only their 指标完成情况 (seed 003): no 一级/二级, no 年度指标值.
    /// Such lines cannot be classified or compared, so only indicators that carry a category or a target are checked
    /// (as one list across all 主要任务); reporting every bare line as "分类无法识别" would bury the real findings.
    /// </summary>
    internal static IReadOnlyList<Finding> SelfEvaluationTable(DepartmentSelfEvaluationTable form, FormValidationOptions options)
    {
        var findings = new List<Finding>(SelfEvaluationTableMoneyRules.Validate(form, options));
        var checkable = SelfEvaluationIndicators.Placed(form).Where(p => SelfEvaluationIndicators.IsCheckable(p.Entry)).ToList();
        if (checkable.Count > 0)
        {
            findings.AddRange(IndicatorValidator.Validate([.. checkable.Select(p => p.Entry)], options.Indicators).Findings
                .Select(f => RemapIndex(f, index => checkable[index].Path)));
        }

        return findings;
    }

    /// <summary>"indicators[3].actual" of the flattened list becomes "tasks[1].indicators[0].actual".</summary>
    private static Finding RemapIndex(Finding finding, Func<int, string> pathOf)
    {
        const string Head = "indicators[";
        if (!finding.FieldPath.StartsWith(Head, StringComparison.Ordinal))
        {
            return finding;
        }

        var close = finding.FieldPath.IndexOf(']', StringComparison.Ordinal);
        return close > Head.Length && int.TryParse(finding.FieldPath.AsSpan(Head.Length, close - Head.Length), out var index)
            ? finding with { FieldPath = pathOf(index) + finding.FieldPath[(close + 1)..] }
            : finding;
    }
}
