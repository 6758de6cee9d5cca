using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Tests.Forms;

/// <summary>Each rule that checks a 自评报告 like a table, and the grade rule shared with the 自评表.</summary>
public class ReportAndGradeRulesTests
{
    private static readonly SelfEvaluationReport Report = new()
    {
        DepartmentName = "某局",
        Sections = [new ReportSection("（三）部门整体收支情况", ["全年预算数 100 万元，执行数 95 万元，完成预算的 95%。按资金来源分，……。"])],
        AnnualBudget = 100m,
        Executed = 95m,
        StatedExecutionRate = new StatedPercentage(95m, 0),
        BasicExpenditure = 40m,
        ProjectExpenditure = 55m,
        Score = 92m,
        Grade = "优",
        FundingSources = [new LabelledAmount("财政拨款支出", 90m), new LabelledAmount("其他资金支出", 5m)],
        BudgetRestatements = [new BudgetStatement(100m, 95m, new StatedPercentage(95.0m, 1))],
        EvaluatedProjectFunds = 55m,
        StatedEvaluatedProjectShare = new StatedPercentage(100m, 0),
    };

    private static IEnumerable<string> Codes(SelfEvaluationReport report) =>
        SelfEvaluationReportMoneyRules.Validate(report).Select(f => f.Code);

    [Fact]
    public void A_consistent_report_has_no_findings() => Assert.Empty(Codes(Report));

    [Fact]
    public void Sources_must_add_up_to_the_amount_executed_or_to_the_budget()
    {
        Assert.Equal(["money.report-sources-mismatch"], Codes(Report with { FundingSources = [new LabelledAmount("财政拨款支出", 80m)] }));
        Assert.Empty(Codes(Report with { FundingSources = [new LabelledAmount("财政拨款收入", 100m)] }));
        Assert.Empty(Codes(Report with { FundingSources = [new LabelledAmount("甲", 94.99m), new LabelledAmount("乙", 0.02m)] }));
    }

    [Fact]
    public void A_restatement_must_repeat_the_same_totals_and_its_own_rate_must_be_right()
    {
        Assert.Equal(["money.restatement-mismatch"],
            Codes(Report with { BudgetRestatements = [new BudgetStatement(100m, 96m, new StatedPercentage(96m, 0))] }));
        Assert.Equal(["rate.execution-mismatch"],
            Codes(Report with { BudgetRestatements = [new BudgetStatement(100m, 95m, new StatedPercentage(95.5m, 1))] }));
    }

    [Fact]
    public void The_evaluated_share_of_project_spending_is_recomputed_at_its_precision()
    {
        Assert.Equal(["rate.evaluated-project-share-mismatch"], Codes(Report with { StatedEvaluatedProjectShare = new StatedPercentage(90m, 0) }));
        Assert.Empty(Codes(Report with { EvaluatedProjectFunds = 54.8m, StatedEvaluatedProjectShare = new StatedPercentage(99.6m, 1) }));
    }

    [Theory]
    [InlineData("92", "优", null)]
    [InlineData("90", "优秀", null)]
    [InlineData("89.99", "良", null)]
    [InlineData("86.5", "优", GradeRules.Mismatch)]
    [InlineData("75", "中", null)]
    [InlineData("59.5", "中", GradeRules.Mismatch)]
    [InlineData("59.5", "差", null)]
    [InlineData("96", "甲", GradeRules.Unreadable)]
    [InlineData("96", "", GradeRules.Missing)]
    [InlineData("104", "优", GradeRules.ScoreOutOfRange)]
    public void The_grade_follows_the_score_by_the_grade_bands(string score, string grade, string? code)
    {
        var findings = Codes(Report with { Score = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Grade = grade }).ToList();

        Assert.Equal(code is null ? Array.Empty<string>() : [code], findings);
    }

    [Fact]
    public void The_grade_bands_are_the_bureaus_setting()
    {
        var report = Report with { Score = 86m, Grade = "优" };
        var bands = FormValidationOptions.Default with { GradeBands = new GradeBands(Excellent: 85m) };

        Assert.Contains(GradeRules.Mismatch, Codes(report));
        Assert.Empty(SelfEvaluationReportMoneyRules.Validate(report, bands));
    }

    [Fact]
    public void A_finding_points_to_the_sentence_its_figure_was_read_from()
    {
        var located = Report with
        {
            StatedExecutionRate = new StatedPercentage(94m, 0),
            SentenceLocators = new Dictionary<string, string> { ["budget.executionRate"] = ReportLocator.Of(0, 0, 0) },
        };

        var finding = Assert.Single(SelfEvaluationReportMoneyRules.Validate(located));

        Assert.Equal("sections[0].paragraphs[0].sentences[0]", finding.FieldPath);
        Assert.EndsWith("（见“（三）部门整体收支情况”第1段第1句）。", finding.Message, StringComparison.Ordinal);
        Assert.Equal("budget.executionRate", Assert.Single(SelfEvaluationReportMoneyRules.Validate(located with { SentenceLocators = new Dictionary<string, string>() })).FieldPath);
    }

    [Fact]
    public void A_low_department_rate_in_a_report_needs_a_reason_and_is_a_warning()
    {
        var low = Report with { Executed = 80m, StatedExecutionRate = new StatedPercentage(80m, 0), BasicExpenditure = 25m, FundingSources = [], BudgetRestatements = [] };

        var finding = Assert.Single(SelfEvaluationReportMoneyRules.Validate(low));
        Assert.Equal(("rate.execution-low-unexplained", FindingSeverity.Warning), (finding.Code, finding.Severity));
        Assert.Empty(SelfEvaluationReportMoneyRules.Validate(low with { ExecutionShortfallExplanation = "主要原因是项目延期" }));
        Assert.Empty(SelfEvaluationReportMoneyRules.Validate(low, 75m));
    }

    [Theory]
    [InlineData("完成预算的 60%，偏差原因：设备采购流标。", "偏差原因：设备采购流标")]
    [InlineData("完成预算的 60%，主要原因是征拆滞后；乙项目……", "主要原因是征拆滞后")]
    [InlineData("受疫情影响，项目全年预算数为 10 万元，执行数为 6 万元。", "受疫情影响，项目全年预算数为 10 万元，执行数为 6 万元")]
    [InlineData("完成预算的 60%，由于合同延期签订，部分资金未支付。", "由于合同延期签订，部分资金未支付")]
    [InlineData("完成预算的 60%；乙项目完成预算的 99%。", null)]
    [InlineData("", null)]
    public void A_reason_is_found_by_its_wording(string text, string? reason) =>
        Assert.Equal(reason, ShortfallReasons.FindIn(text));

    [Fact]
    public void The_self_evaluation_table_checks_its_stated_grade_and_indicator_scores()
    {
        var table = new DepartmentSelfEvaluationTable
        {
            DepartmentName = "某局",
            InitialBudget = 100m,
            AdjustedBudget = 100m,
            ActualExpenditure = 95m,
            StatedScore = 82m,
            StatedGrade = "良",
            Tasks = [new SelfEvaluationTask { Name = "任务", Indicators = [new IndicatorEntry("产出指标", "数量指标", "甲", "1个", "1个") { Weight = 10m, StatedScore = 10m }] }],
        };

        Assert.Empty(SelfEvaluationTableMoneyRules.Validate(table));
        Assert.Equal([GradeRules.Mismatch], SelfEvaluationTableMoneyRules.Validate(table with { StatedGrade = "优" }).Select(f => f.Code));
        var over = table with { Tasks = [table.Tasks[0] with { Indicators = [table.Tasks[0].Indicators[0] with { StatedScore = 12m }] }] };
        var finding = Assert.Single(SelfEvaluationTableMoneyRules.Validate(over));
        Assert.Equal(("score.indicator-outside-weight", "tasks[0].indicators[0].statedScore"), (finding.Code, finding.FieldPath));
    }

    [Fact]
    public void The_one_validator_passes_the_threshold_to_every_form_that_states_a_rate()
    {
        var table = new DepartmentSelfEvaluationTable { DepartmentName = "某局", InitialBudget = 100m, AdjustedBudget = 100m, ActualExpenditure = 85m };
        var lenient = FormValidationOptions.Default with { ExecutionExplanationThresholdPercent = 80m };

        Assert.Contains(FormValidator.Validate(table).Findings, f => f.Code == "rate.execution-low-unexplained");
        Assert.DoesNotContain(FormValidator.Validate(table, lenient).Findings, f => f.Code == "rate.execution-low-unexplained");
    }
}
