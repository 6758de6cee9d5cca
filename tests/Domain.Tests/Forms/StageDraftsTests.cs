using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Tests.Forms;

/// <summary>
/// A declaration starts blank with whose it is; the monitoring form and the self-evaluation table start from what was
/// approved before them.
/// </summary>
public class StageDraftsTests
{
    private static readonly DepartmentBudgetDeclaration Declaration = new()
    {
        DepartmentName = "某局",
        BasicExpenditure = 3345.75m,
        ProjectExpenditure = 8758.82m,
        OverallTarget = "推动园区高质量发展",
        KeyTasks = [new KeyWorkTask("招商引资", "开展招商活动", 500m, "新增入园企业50家")],
        Indicators =
        [
            new IndicatorEntry("产出指标", "数量指标", "开展招商活动次数", "≥30次", "≥30次") { Note = "申报备注" },
            new IndicatorEntry("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "≥90%"),
        ],
    };

    [Fact]
    public void A_blank_declaration_names_the_department_and_is_refused_until_budget_target_and_an_indicator_are_filled()
    {
        var blank = StageDrafts.Declaration(" 某局 ");

        Assert.Equal("某局", blank.DepartmentName);
        Assert.Equal((0m, 0m, "", 0, 0), (blank.BasicExpenditure, blank.FiscalAppropriation, blank.OverallTarget, blank.KeyTasks.Count, blank.Indicators.Count));
        var blankErrors = FormValidator.Validate(blank).Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.Code, f.FieldPath));
        Assert.Equal(
            [
                (DeclarationCompletenessRules.BudgetEmpty, "budget"),
                (DeclarationCompletenessRules.OverallTargetEmpty, "overallTarget"),
                (DeclarationCompletenessRules.IndicatorsEmpty, "indicators"),
            ],
            blankErrors);

        var filled = blank with
        {
            BasicExpenditure = 100m,
            FiscalAppropriation = 100m,
            DistrictLevelFunds = 100m,
            OverallTarget = "保障部门正常运转",
            Indicators = [new IndicatorEntry("产出指标", "数量指标", "开展招商活动次数", "≥30次", "≥30次")],
        };
        Assert.DoesNotContain(FormValidator.Validate(filled).Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_blank_project_table_names_the_department_in_wan_yuan_and_checks_the_money_of_the_rows_the_filer_adds()
    {
        var blank = StageDrafts.ProjectTable(" 某局 ");

        Assert.Equal(("某局", "万元", null, 0), (blank.DepartmentName, blank.MoneyUnit, blank.TotalRow, blank.Rows.Count));
        Assert.Empty(FormValidator.Validate(blank).Findings);

        var filled = blank with
        {
            Rows = [new ProjectTableRow { Name = "园区运营补助", Total = 120.50m, FiscalAppropriation = 100m, OtherFunds = 20m }],
        };
        var findings = FormValidator.Validate(filled).Findings.Select(f => (f.Code, f.FieldPath)).ToList();
        Assert.Contains(("money.project-row-sources-mismatch", "rows[0].total"), findings);
        Assert.Contains(("money.project-total-row-missing", "totalRow"), findings);
    }

    [Fact]
    public void The_monitoring_form_carries_the_approved_indicators_and_the_annual_budget_with_no_progress_yet()
    {
        var form = StageDrafts.Monitoring(Declaration, 2027);

        Assert.Equal(("某局", 2027, 12104.57m), (form.DepartmentName, form.FiscalYear, form.AnnualBudget));
        Assert.Equal(["≥30次", "≥90%"], form.Indicators.Select(m => m.Indicator.AnnualTarget));
        Assert.All(form.Indicators, m => Assert.Equal(("", null, null), (m.CompletedByEndOfJune, m.Indicator.Note, m.Indicator.Actual)));
        Assert.Equal(0m, form.ExecutedJanuaryToJune);
    }

    [Fact]
    public void The_self_evaluation_takes_the_monitoring_forecasts_as_first_actual_values()
    {
        var monitoring = StageDrafts.Monitoring(Declaration, 2027) with
        {
            ForecastFullYearExecution = 11800m,
            Indicators = [.. StageDrafts.Monitoring(Declaration, 2027).Indicators.Select((m, i) => i == 0 ? m with { ForecastFullYear = "32次" } : m)],
        };

        var table = StageDrafts.SelfEvaluation(Declaration, monitoring, 2027);

        Assert.Equal((2027, 12104.57m, 12104.57m, 0m, 11800m), (table.EvaluatedYear, table.InitialBudget, table.AdjustedBudget, table.BudgetAdjustment, table.ActualExpenditure));
        Assert.Equal(["32次", null], SelfEvaluationIndicators.Placed(table).Select(p => p.Entry.Actual));
        Assert.Equal(["部门整体绩效指标", "招商引资"], table.Tasks.Select(t => t.Name));
        Assert.Equal("推动园区高质量发展", table.ExpectedTarget);
    }
}
