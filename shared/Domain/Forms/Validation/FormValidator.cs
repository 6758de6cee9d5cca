using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Every rule that applies to a form, in one call: its money and rate rules, and the indicator rules for each list of
/// indicator tree it holds (field paths prefixed with where the list sits, e.g. <c>rows[2].indicators[0].annualTarget</c>).
/// </summary>
public static class FormValidator
{
    public static ValidationReport Validate(object form, IndicatorValidationOptions? indicatorOptions = null) => form switch
    {
        DepartmentBudgetDeclaration declaration => new ValidationReport(
            [.. DeclarationMoneyRules.Validate(declaration), .. Indicators(declaration.Indicators, string.Empty, indicatorOptions)]),
        ProjectPerformanceTable table => new ValidationReport(
            [.. ProjectTableMoneyRules.Validate(table), .. table.Rows.SelectMany((row, i) => Indicators(row.Indicators, $"rows[{i}].", indicatorOptions))]),
        // The department self-evaluation table lists each task's results (completion figures without 一级/二级 or
        // targets), not an indicator tree: the tree's rules would only report what the layout never holds.
        DepartmentSelfEvaluationTable evaluation => new ValidationReport([.. SelfEvaluationTableMoneyRules.Validate(evaluation)]),
        SelfEvaluationReport report => new ValidationReport([.. SelfEvaluationReportMoneyRules.Validate(report)]),
        PerformanceMonitoringForm monitoring => new ValidationReport(
            [.. MonitoringMoneyRules.Validate(monitoring), .. Indicators(monitoring.Indicators.Select(m => m.Indicator).ToList(), string.Empty, indicatorOptions)]),
        RectificationList => ValidationReport.Empty,
        _ => throw new ArgumentException($"{form.GetType().Name} is not a form.", nameof(form)),
    };

    private static IEnumerable<Finding> Indicators(IReadOnlyList<IndicatorEntry> indicators, string prefix, IndicatorValidationOptions? options) =>
        indicators.Count == 0
            ? []
            : IndicatorValidator.Validate(indicators, options).Findings.Select(f => f with { FieldPath = prefix + f.FieldPath });
}
