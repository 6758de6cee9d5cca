using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Tests.Forms;

/// <summary>The money and rate rules on small hand-made forms, one rule at a time.</summary>
public class FormMoneyRulesTests
{
    private static readonly DepartmentBudgetDeclaration Balanced = new()
    {
        DepartmentName = "某局",
        BasicExpenditure = 100m,
        ProjectExpenditure = 200m,
        FiscalAppropriation = 280m,
        OtherFunds = 20m,
        DistrictLevelFunds = 250m,
        TransferPaymentFunds = 50m,
        KeyTasks = [new KeyWorkTask("任务一", "内容", 150m, "目标"), new KeyWorkTask("任务二", "内容", 50m, "目标")],
    };

    [Fact]
    public void A_balanced_declaration_has_no_findings() => Assert.Empty(DeclarationMoneyRules.Validate(Balanced));

    [Theory]
    [InlineData(0.02, false)] // two summed terms: up to two cents of rounding
    [InlineData(0.03, true)]
    [InlineData(-5, true)]
    public void Uses_must_equal_sources_within_a_cent_per_term(double shift, bool expectFinding)
    {
        var form = Balanced with { BasicExpenditure = 100m + (decimal)shift };
        var findings = DeclarationMoneyRules.Validate(form);
        Assert.Equal(expectFinding, findings.Any(f => f.Code == "money.uses-sources-mismatch" && f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Development_spending_counts_when_only_that_reading_balances()
    {
        var form = Balanced with { ProjectExpenditure = 150m, DevelopmentSpecialFunds = 30m, OtherDevelopmentExpenditure = 20.01m };
        Assert.Empty(DeclarationMoneyRules.Validate(form));
        var wrong = form with { OtherDevelopmentExpenditure = 25m };
        Assert.Contains(DeclarationMoneyRules.Validate(wrong), f => f.Code == "money.uses-sources-mismatch");
    }

    [Fact]
    public void The_level_split_must_equal_the_sources()
    {
        var finding = Assert.Single(DeclarationMoneyRules.Validate(Balanced with { TransferPaymentFunds = 40m }));
        Assert.Equal("money.sources-levels-mismatch", finding.Code);
        Assert.Contains("按预算级次划分", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_tasks_over_project_spending_warn_and_over_the_whole_budget_fail()
    {
        var overProject = Balanced with { KeyTasks = [new KeyWorkTask("任务", "", 250m, "")] };
        var warning = Assert.Single(DeclarationMoneyRules.Validate(overProject));
        Assert.Equal(("money.key-tasks-exceed-project-expenditure", FindingSeverity.Warning), (warning.Code, warning.Severity));

        var overBudget = Balanced with { KeyTasks = [new KeyWorkTask("任务", "", 250m, "")], OtherTasksPlannedFunds = 60m };
        var error = Assert.Single(DeclarationMoneyRules.Validate(overBudget));
        Assert.Equal(("money.key-tasks-exceed-budget", FindingSeverity.Error), (error.Code, error.Severity));
    }

    [Fact]
    public void Project_rows_must_add_up_to_the_total_row_and_unit_subtotals()
    {
        var table = new ProjectPerformanceTable
        {
            DepartmentName = "某局",
            TotalRow = new ProjectTableRow { Name = "合计", Total = 30m, FiscalAppropriation = 30m },
            Rows =
            [
                new ProjectTableRow { Name = "某单位", Kind = ProjectTableRowKind.FundingUnit, Total = 30m, FiscalAppropriation = 30m },
                new ProjectTableRow { Name = "甲", Total = 10m, FiscalAppropriation = 10m },
                new ProjectTableRow { Name = "乙", Total = 20m, FiscalAppropriation = 15m, OtherFunds = 5m },
            ],
        };
        Assert.Empty(ProjectTableMoneyRules.Validate(table));

        var broken = table with { Rows = [table.Rows[0], table.Rows[1], table.Rows[2] with { Total = 21m, OtherFunds = 6m }] };
        Assert.Equal(
            ["money.funding-unit-subtotal-mismatch", "money.project-rows-total-mismatch"],
            ProjectTableMoneyRules.Validate(broken).Select(f => f.Code).Order());

        var badSources = table with { Rows = [table.Rows[0], table.Rows[1], table.Rows[2] with { OtherFunds = 4m }] };
        Assert.Equal("money.project-row-sources-mismatch", Assert.Single(ProjectTableMoneyRules.Validate(badSources)).Code);
    }

    [Theory]
    [InlineData(95.8, 1, false)]  // seed 001: 1,104.37 ÷ 1,153.25 = 95.76 → 95.8
    [InlineData(95.76, 2, false)]
    [InlineData(95.7, 1, true)]
    [InlineData(96, 0, false)]
    [InlineData(95.77, 2, true)]
    public void A_stated_rate_is_checked_at_the_precision_written(double value, int decimals, bool expectFinding)
    {
        var finding = StatedRateCheck.Check(new StatedPercentage((decimal)value, decimals), 1104.37m, 1153.25m, "rate", "path", "预算完成率", "执行数÷预算数");
        Assert.Equal(expectFinding, finding is not null);
    }

    [Fact]
    public void Self_evaluation_rates_adjustment_and_low_execution()
    {
        var good = new DepartmentSelfEvaluationTable
        {
            DepartmentName = "某局",
            InitialBudget = 200m,
            AdjustedBudget = 250m,
            BudgetAdjustment = 50m,
            ActualExpenditure = 240m,
            StatedExecutionRate = new StatedPercentage(96.0m, 1),
            StatedAdjustmentRate = new StatedPercentage(25.00m, 2),
        };
        Assert.Empty(SelfEvaluationTableMoneyRules.Validate(good));

        Assert.Equal(["money.adjustment-mismatch"], SelfEvaluationTableMoneyRules.Validate(good with { BudgetAdjustment = 50.5m, StatedAdjustmentRate = new StatedPercentage(25.25m, 2) }).Select(f => f.Code));
        Assert.Equal(["rate.adjustment-mismatch"], SelfEvaluationTableMoneyRules.Validate(good with { StatedAdjustmentRate = new StatedPercentage(20m, 0) }).Select(f => f.Code));

        var low = good with { ActualExpenditure = 200m, StatedExecutionRate = new StatedPercentage(80m, 0) };
        var finding = Assert.Single(SelfEvaluationTableMoneyRules.Validate(low));
        Assert.Equal(("rate.execution-low-unexplained", FindingSeverity.Error), (finding.Code, finding.Severity));
        Assert.Empty(SelfEvaluationTableMoneyRules.Validate(low with { ExecutionShortfallExplanation = "项目延期至次年实施" }));
    }

    [Fact]
    public void Report_figures_must_agree()
    {
        var report = new SelfEvaluationReport
        {
            DepartmentName = "某局",
            AnnualBudget = 100m,
            Executed = 95m,
            StatedExecutionRate = new StatedPercentage(95m, 0),
            BasicExpenditure = 40m,
            ProjectExpenditure = 55m,
            ProjectExecutions = [new ProjectExecutionSummary { ProjectName = "甲", Budget = 10m, Executed = 9.5m, StatedExecutionRate = new StatedPercentage(95.0m, 1) }],
        };
        Assert.Empty(SelfEvaluationReportMoneyRules.Validate(report));
        Assert.Equal(["money.expenditure-split-mismatch"], SelfEvaluationReportMoneyRules.Validate(report with { ProjectExpenditure = 50m }).Select(f => f.Code));
        Assert.Equal(["rate.project-execution-mismatch"],
            SelfEvaluationReportMoneyRules.Validate(report with { ProjectExecutions = [report.ProjectExecutions[0] with { StatedExecutionRate = new StatedPercentage(96.0m, 1) }] }).Select(f => f.Code));
    }

    [Fact]
    public void Monitoring_money_checks_use_configurable_thresholds()
    {
        var form = new PerformanceMonitoringForm
        {
            DepartmentName = "某局",
            FiscalYear = 2025,
            AnnualBudget = 100m,
            ExecutedJanuaryToJune = 35m,
            StatedExecutionRate = new StatedPercentage(35.00m, 2),
            ForecastFullYearExecution = 95m,
        };
        Assert.Equal(["monitoring.execution-low-at-june"], MonitoringMoneyRules.Validate(form).Select(f => f.Code));
        Assert.Empty(MonitoringMoneyRules.Validate(form, new MonitoringThresholds { LowExecutionAtJunePercent = 30m }));
        Assert.Equal(
            ["money.forecast-below-executed", "monitoring.forecast-low-unexplained"],
            MonitoringMoneyRules.Validate(form with { ForecastFullYearExecution = 30m }, new MonitoringThresholds { LowExecutionAtJunePercent = 30m }).Select(f => f.Code).Order());
        Assert.Equal(["rate.execution-mismatch"], MonitoringMoneyRules.Validate(form with { StatedExecutionRate = new StatedPercentage(40m, 0) }, new MonitoringThresholds { LowExecutionAtJunePercent = 30m }).Select(f => f.Code));
    }
}
