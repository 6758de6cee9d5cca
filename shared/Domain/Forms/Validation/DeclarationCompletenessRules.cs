using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// What a 部门整体预算绩效目标申报表 must state before it is submitted: a budget, a 总体绩效目标 and at least one
/// 绩效指标. An imported form always has them; a form started online is blank until the filer fills it, and a blank
/// form balances (0 = 0) and has no indicator to fault, so without these it could be submitted empty.
/// </summary>
public static class DeclarationCompletenessRules
{
    public const string BudgetEmpty = "declaration.budget-empty";
    public const string OverallTargetEmpty = "declaration.overall-target-empty";
    public const string IndicatorsEmpty = "declaration.indicators-empty";

    public static IReadOnlyList<Finding> Validate(DepartmentBudgetDeclaration form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var findings = new List<Finding>();
        if (form.BasicExpenditure + form.ProjectExpenditure + form.FiscalAppropriation + form.OtherFunds == 0m)
        {
            findings.Add(new Finding(BudgetEmpty, FindingSeverity.Error, "budget", "未填写部门预算：请填写基本支出、项目支出及收入来源等金额（万元）。"));
        }

        if (string.IsNullOrWhiteSpace(form.OverallTarget))
        {
            findings.Add(new Finding(OverallTargetEmpty, FindingSeverity.Error, "overallTarget", "未填写总体绩效目标。"));
        }

        if (form.Indicators.Count == 0)
        {
            findings.Add(new Finding(IndicatorsEmpty, FindingSeverity.Error, "indicators", "未填写绩效指标：请至少添加一个三级指标（一级/二级/三级指标及指标值）。"));
        }

        return findings;
    }
}
