using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// A 自评报告 checked like a table: every rate it states recomputed from its amounts at the precision written (the
/// department's, each restatement of it, each project's, the evaluated share of 项目支出), the spending by nature and
/// by source adding up to what was executed, the grade against the score, and a reason near every execution rate
/// below the threshold. Each finding points to the sentence it comes from (<see cref="SelfEvaluationReport.SentenceLocators"/>);
/// a report built without locators keeps the figure's field path.
/// </summary>
public static class SelfEvaluationReportMoneyRules
{
    public static IReadOnlyList<Finding> Validate(
        SelfEvaluationReport report,
        decimal explanationThresholdPercent = ExecutionRateRules.DefaultExplanationThresholdPercent) =>
        Validate(report, FormValidationOptions.Default with { ExecutionExplanationThresholdPercent = explanationThresholdPercent });

    public static IReadOnlyList<Finding> Validate(SelfEvaluationReport report, FormValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var findings = new List<Finding>();
        var threshold = options.ExecutionExplanationThresholdPercent;

        if (report.AnnualBudget is { } budget && report.Executed is { } executed)
        {
            var at = Locate(report, "budget.executionRate");
            Add(findings, report, at, StatedRateCheck.Check(report.StatedExecutionRate, executed, budget,
                "rate.execution-mismatch", "budget.executionRate", "预算完成率", "执行数÷全年预算数"));

            // A warning here, while the 自评表 makes it an error: the table has a field for the reason, whereas in prose
            // the reason is found by its wording and may sit further away than "near".
            Add(findings, report, at, ExecutionRateRules.CheckExplained(executed, budget, report.ExecutionShortfallExplanation,
                threshold, FindingSeverity.Warning, "rate.execution-low-unexplained", "budget.executionShortfallExplanation", "部门整体"));

            if (report.BasicExpenditure is { } basic && report.ProjectExpenditure is { } project
                && !MoneyText.Balances(basic + project, executed, 2))
            {
                Add(findings, report, Locate(report, "budget.expenditureSplit"), new Finding("money.expenditure-split-mismatch",
                    FindingSeverity.Error, "budget.expenditureSplit",
                    $"基本支出与项目支出之和{MoneyText.Wan(basic + project)}与执行数{MoneyText.Wan(executed)}不一致。"));
            }

            AddSourcesCheck(report, budget, executed, findings);
            AddRestatementChecks(report, budget, executed, findings);
        }

        for (var i = 0; i < report.ProjectExecutions.Count; i++)
        {
            AddProjectChecks(report, i, threshold, findings);
        }

        if (report.EvaluatedProjectFunds is { } evaluated && report.ProjectExpenditure is { } projectExpenditure)
        {
            Add(findings, report, Locate(report, "budget.evaluatedProjectShare"), StatedRateCheck.Check(
                report.StatedEvaluatedProjectShare, evaluated, projectExpenditure, "rate.evaluated-project-share-mismatch",
                "budget.evaluatedProjectShare", "自评项目资金占项目支出的比例", "自评项目资金÷项目支出"));
        }

        foreach (var grade in GradeRules.Check(report.Score, report.Grade, options.GradeBands, "conclusion.score", "conclusion.grade", "自评报告"))
        {
            Add(findings, report, Locate(report, grade.FieldPath) ?? Locate(report, "conclusion.score"), grade);
        }

        return findings;
    }

    /// <summary>
    /// 按资金来源分 lists what was spent from each source, so it adds up to the amount executed; a report that splits
    /// its budget by source instead adds up to the budget, which is accepted too.
    /// </summary>
    private static void AddSourcesCheck(SelfEvaluationReport report, decimal budget, decimal executed, List<Finding> findings)
    {
        if (report.FundingSources.Count == 0)
        {
            return;
        }

        var sum = report.FundingSources.Sum(s => s.Amount);
        var terms = report.FundingSources.Count;
        if (!MoneyText.Balances(sum, executed, terms) && !MoneyText.Balances(sum, budget, terms))
        {
            var parts = string.Join("、", report.FundingSources.Select(s => $"{s.Label}{MoneyText.Wan(s.Amount)}"));
            Add(findings, report, Locate(report, "budget.fundingSources"), new Finding("money.report-sources-mismatch",
                FindingSeverity.Error, "budget.fundingSources",
                $"按资金来源分的各项支出（{parts}）合计{MoneyText.Wan(sum)}，与执行数{MoneyText.Wan(executed)}不一致。"));
        }
    }

    /// <summary>The totals stated again later (the 自评结论综述) must be the same totals, and their rate right.</summary>
    private static void AddRestatementChecks(SelfEvaluationReport report, decimal budget, decimal executed, List<Finding> findings)
    {
        for (var i = 0; i < report.BudgetRestatements.Count; i++)
        {
            var again = report.BudgetRestatements[i];
            var path = $"budgetRestatements[{i}]";
            var at = Locate(report, path);
            if (again.Budget != budget || again.Executed != executed)
            {
                Add(findings, report, at, new Finding("money.restatement-mismatch", FindingSeverity.Error, path,
                    $"报告再次写明的全年预算数{MoneyText.Wan(again.Budget)}、执行数{MoneyText.Wan(again.Executed)}，" +
                    $"与前文的{MoneyText.Wan(budget)}、{MoneyText.Wan(executed)}不一致。"));
            }

            Add(findings, report, at, StatedRateCheck.Check(again.StatedExecutionRate, again.Executed, again.Budget,
                "rate.execution-mismatch", path + ".executionRate", "预算完成率", "执行数÷全年预算数"));
        }
    }

    /// <summary>
    /// A project under the threshold inside a department report is a warning, not an error: the department-level
    /// rate is what the 自评 is scored on, but a reviewer should ask why the project lagged.
    /// </summary>
    private static void AddProjectChecks(SelfEvaluationReport report, int index, decimal threshold, List<Finding> findings)
    {
        var project = report.ProjectExecutions[index];
        var path = $"projectExecutions[{index}]";
        var at = Locate(report, path);
        Add(findings, report, at, StatedRateCheck.Check(project.StatedExecutionRate, project.Executed, project.Budget,
            "rate.project-execution-mismatch", path + ".executionRate", $"项目“{project.ProjectName}”预算完成率", "执行数÷全年预算数"));
        Add(findings, report, at, ExecutionRateRules.CheckExplained(project.Executed, project.Budget, project.ShortfallExplanation,
            threshold, FindingSeverity.Warning, "rate.project-execution-low-unexplained", path + ".shortfallExplanation",
            $"项目“{project.ProjectName}”"));
    }

    private static string? Locate(SelfEvaluationReport report, string key) =>
        report.SentenceLocators.TryGetValue(key, out var locator) ? locator : null;

    /// <summary>Points a finding at its sentence, when the report says where the figure was read.</summary>
    private static void Add(List<Finding> findings, SelfEvaluationReport report, string? locator, Finding? finding)
    {
        if (finding is null)
        {
            return;
        }

        if (locator is null)
        {
            findings.Add(finding);
            return;
        }

        var where = ReportLocator.Describe(report, locator);
        var message = finding.Message.EndsWith('。') ? finding.Message[..^1] + where + "。" : finding.Message + where;
        findings.Add(finding with { FieldPath = locator, Message = message });
    }
}
