using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Cli;

/// <summary>
/// Runs every check that applies to a form: its importer's notes, its money/rate rules, and the indicator checks
/// where the form carries an indicator table. Field paths point into the form as it is printed by "import".
/// </summary>
public static class FormValidation
{
    public static FormCheck Check(LoadedForm loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var findings = loaded.ImportNotes.Select(n => ReportedFinding.From(n, ReportedFinding.ImportSource)).ToList();
        var remarks = new List<string>();
        IReadOnlyList<Finding> validation = loaded.Form switch
        {
            DepartmentBudgetDeclaration declaration =>
                [.. DeclarationMoneyRules.Validate(declaration), .. IndicatorValidator.Validate(declaration.Indicators).Findings],
            ProjectPerformanceTable table => ProjectTable(table),
            DepartmentSelfEvaluationTable selfEvaluation => SelfEvaluationTable(selfEvaluation, remarks),
            SelfEvaluationReport report => SelfEvaluationReportMoneyRules.Validate(report),
            PerformanceMonitoringForm monitoring =>
                [.. MonitoringMoneyRules.Validate(monitoring), .. IndicatorValidator.Validate([.. monitoring.Indicators.Select(m => m.Indicator)]).Findings],
            _ => NoRules(remarks),
        };
        findings.AddRange(validation.Select(f => ReportedFinding.From(f, ReportedFinding.ValidationSource)));
        return new FormCheck(findings, remarks);
    }

    /// <summary>Each project declares its own indicators, so each row's list is checked on its own.</summary>
    private static IReadOnlyList<Finding> ProjectTable(ProjectPerformanceTable table)
    {
        var findings = new List<Finding>(ProjectTableMoneyRules.Validate(table));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row.Kind != ProjectTableRowKind.Project || row.Indicators.Count == 0)
            {
                continue;
            }

            findings.AddRange(IndicatorValidator.Validate(row.Indicators).Findings.Select(f => Prefix(f, $"rows[{i}].", $"项目“{row.Name}”：")));
        }

        return findings;
    }

    /// <summary>
    /// A 自评表's 关键指标 are often written with only their 指标完成情况 (seed 003): no 一级/二级, no 年度指标值.
    /// Such lines cannot be classified or compared, so only indicators that carry a category or a target are checked
    /// (as one list across all 主要任务); reporting every bare line as "分类无法识别" would bury the real findings.
    /// </summary>
    private static IReadOnlyList<Finding> SelfEvaluationTable(DepartmentSelfEvaluationTable form, List<string> remarks)
    {
        var findings = new List<Finding>(SelfEvaluationTableMoneyRules.Validate(form));
        var placed = SelfEvaluationIndicators.Placed(form);
        var checkable = placed.Where(p => SelfEvaluationIndicators.IsCheckable(p.Entry)).ToList();
        if (checkable.Count < placed.Count)
        {
            remarks.Add($"{placed.Count - checkable.Count}个关键指标只填写了指标完成情况（无指标分类和年度指标值），未做指标校验。");
        }

        if (checkable.Count == 0)
        {
            return findings;
        }

        var report = IndicatorValidator.Validate([.. checkable.Select(p => p.Entry)]);
        foreach (var finding in report.Findings)
        {
            findings.Add(RemapIndex(finding, index => checkable[index].Path));
        }

        return findings;
    }

    private static IReadOnlyList<Finding> NoRules(List<string> remarks)
    {
        remarks.Add("该表单没有金额或指标校验规则，仅报告导入说明。");
        return [];
    }

    private static Finding Prefix(Finding finding, string pathPrefix, string messagePrefix) =>
        finding with { FieldPath = pathPrefix + finding.FieldPath, Message = messagePrefix + finding.Message };

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
