using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>Money and rate checks of a 自评报告: the figures stated in prose must agree with each other.</summary>
public static class SelfEvaluationReportMoneyRules
{
    public static IReadOnlyList<Finding> Validate(
        SelfEvaluationReport report,
        decimal explanationThresholdPercent = ExecutionRateRules.DefaultExplanationThresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = new List<Finding>();

        if (report.AnnualBudget is { } budget && report.Executed is { } executed)
        {
            var rate = StatedRateCheck.Check(report.StatedExecutionRate, executed, budget,
                "rate.execution-mismatch", "budget.executionRate", "预算完成率", "执行数÷全年预算数");
            if (rate is not null)
            {
                findings.Add(rate);
            }

            var unexplained = ExecutionRateRules.CheckExplained(executed, budget, report.ExecutionShortfallExplanation,
                explanationThresholdPercent, FindingSeverity.Error, "rate.execution-low-unexplained",
                "budget.executionShortfallExplanation", "部门整体");
            if (unexplained is not null)
            {
                findings.Add(unexplained);
            }

            if (report.BasicExpenditure is { } basic && report.ProjectExpenditure is { } project
                && !MoneyText.Balances(basic + project, executed, 2))
            {
                findings.Add(new Finding("money.expenditure-split-mismatch", FindingSeverity.Error, "budget.expenditureSplit",
                    $"基本支出与项目支出之和{MoneyText.Wan(basic + project)}与执行数{MoneyText.Wan(executed)}不一致。"));
            }
        }

        for (var i = 0; i < report.ProjectExecutions.Count; i++)
        {
            AddProjectChecks(report.ProjectExecutions[i], i, explanationThresholdPercent, findings);
        }

        return findings;
    }

    /// <summary>
    /// A project under the threshold inside a department report is a warning, not an error: the department-level
    /// rate is what the 自评 is scored on, but a reviewer should ask why the project lagged.
    /// </summary>
    private static void AddProjectChecks(ProjectExecutionSummary project, int index, decimal threshold, List<Finding> findings)
    {
        var path = $"projectExecutions[{index}]";
        var rate = StatedRateCheck.Check(project.StatedExecutionRate, project.Executed, project.Budget,
            "rate.project-execution-mismatch", path + ".executionRate", $"项目“{project.ProjectName}”预算完成率", "执行数÷全年预算数");
        if (rate is not null)
        {
            findings.Add(rate);
        }

        var unexplained = ExecutionRateRules.CheckExplained(project.Executed, project.Budget, project.ShortfallExplanation,
            threshold, FindingSeverity.Warning, "rate.project-execution-low-unexplained", path + ".shortfallExplanation",
            $"项目“{project.ProjectName}”");
        if (unexplained is not null)
        {
            findings.Add(unexplained);
        }
    }
}
