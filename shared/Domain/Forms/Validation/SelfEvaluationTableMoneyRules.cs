using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>Money and rate checks of a 部门整体支出绩效自评表 (docs/domain.md §2).</summary>
public static class SelfEvaluationTableMoneyRules
{
    public static IReadOnlyList<Finding> Validate(
        DepartmentSelfEvaluationTable form,
        decimal explanationThresholdPercent = ExecutionRateRules.DefaultExplanationThresholdPercent) =>
        Validate(form, FormValidationOptions.Default with { ExecutionExplanationThresholdPercent = explanationThresholdPercent });

    public static IReadOnlyList<Finding> Validate(DepartmentSelfEvaluationTable form, FormValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(options);
        var explanationThresholdPercent = options.ExecutionExplanationThresholdPercent;
        var findings = new List<Finding>();

        var adjustment = form.AdjustedBudget - form.InitialBudget;
        if (!MoneyText.Balances(adjustment, form.BudgetAdjustment, 2))
        {
            findings.Add(new Finding("money.adjustment-mismatch", FindingSeverity.Error, "budget.adjustment",
                $"年度预算调整数填报为{MoneyText.Wan(form.BudgetAdjustment)}，按调整预算减年初预算" +
                $"（{MoneyText.Wan(form.AdjustedBudget)}−{MoneyText.Wan(form.InitialBudget)}）应为{MoneyText.Wan(adjustment)}。"));
        }

        var execution = StatedRateCheck.Check(form.StatedExecutionRate, form.ActualExpenditure, form.AdjustedBudget,
            "rate.execution-mismatch", "budget.executionRate", "预算完成率", "实际支出÷调整预算");
        if (execution is not null)
        {
            findings.Add(execution);
        }

        // The stated adjustment figure is used (not adjusted − initial) so that one wrong number yields one finding.
        var adjustmentRate = StatedRateCheck.Check(form.StatedAdjustmentRate, form.BudgetAdjustment, form.InitialBudget,
            "rate.adjustment-mismatch", "budget.adjustmentRate", "预算调整率", "年度预算调整数÷年初预算");
        if (adjustmentRate is not null)
        {
            findings.Add(adjustmentRate);
        }

        if (form.GeneralPublicBudgetExpenditure is { } general && general > form.ActualExpenditure + 0.01m)
        {
            findings.Add(new Finding("money.general-budget-exceeds-actual", FindingSeverity.Error, "budget.generalPublicBudget",
                $"其中一般公共预算支出{MoneyText.Wan(general)}大于实际支出数{MoneyText.Wan(form.ActualExpenditure)}。"));
        }

        if (form.ActualExpenditure > form.AdjustedBudget + 0.01m)
        {
            findings.Add(new Finding("money.actual-exceeds-budget", FindingSeverity.Error, "budget.actual",
                $"实际支出数{MoneyText.Wan(form.ActualExpenditure)}超过调整预算{MoneyText.Wan(form.AdjustedBudget)}。"));
        }

        var unexplained = ExecutionRateRules.CheckExplained(form.ActualExpenditure, form.AdjustedBudget,
            form.ExecutionShortfallExplanation, explanationThresholdPercent, FindingSeverity.Error,
            "rate.execution-low-unexplained", "budget.executionShortfallExplanation", "部门整体");
        if (unexplained is not null)
        {
            findings.Add(unexplained);
        }

        findings.AddRange(GradeRules.Check(form.StatedScore, form.StatedGrade, options.GradeBands, "statedScore", "statedGrade", "自评表"));
        AddIndicatorScoreChecks(form, findings);
        return findings;
    }

    /// <summary>An indicator's stated 得分 cannot exceed its 分值, nor be negative.</summary>
    private static void AddIndicatorScoreChecks(DepartmentSelfEvaluationTable form, List<Finding> findings)
    {
        foreach (var (entry, path) in SelfEvaluationIndicators.Placed(form))
        {
            if (entry.StatedScore is { } score && (score < 0m || (entry.Weight is { } weight && score > weight)))
            {
                findings.Add(new Finding("score.indicator-outside-weight", FindingSeverity.Error, path + ".statedScore",
                    $"指标“{entry.Name}”得分{score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}不在0至分值{entry.Weight?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "—"}之间。"));
            }
        }
    }
}
