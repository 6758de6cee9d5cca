using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Cli.Tests;

/// <summary>"score": breakdown and grade of a 自评表 or 自评报告; anything else cannot be scored.</summary>
public class ScoreCommandTests
{
    /// <summary>The rate scored is recomputed (4,195.95 ÷ 4,363.68 = 96.16 %), not the misstated 96.20 %.</summary>
    [Fact]
    public void Seed003_scores_the_recomputed_execution_rate_and_says_nothing_else_was_scorable()
    {
        var run = CliRun.Of("score", CliRun.Seed(Seeds.SelfEvaluation003), "--json");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal(96.16m, json.GetProperty("total").GetDecimal());
        Assert.Equal("优", json.GetProperty("grade").GetString());
        Assert.Equal("excellent", json.GetProperty("gradeCode").GetString());
        Assert.Equal(Math.Round(4195.95m / 4363.68m, 6), json.GetProperty("executionRate").GetDecimal());
        var line = Assert.Single(json.GetProperty("lines").EnumerateArray());
        Assert.Equal("budget.executionRate", line.GetProperty("path").GetString());
        Assert.Equal("executionRate", line.GetProperty("formula").GetString());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(("score.execution-only", "warning"), (finding.GetProperty("code").GetString(), finding.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Seed001_report_is_scored_on_its_rate_beside_the_score_it_states()
    {
        var run = CliRun.Of("score", CliRun.Seed(Seeds.Report001), "--json");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal(Math.Round(1104.37m / 1153.25m * 100m, 2, MidpointRounding.AwayFromZero), json.GetProperty("total").GetDecimal());
        Assert.Equal("优", json.GetProperty("grade").GetString());
        Assert.Equal(96m, json.GetProperty("statedScore").GetDecimal());
        Assert.Equal("优", json.GetProperty("statedGrade").GetString());
    }

    [Theory]
    [InlineData(Seeds.Declaration000)]
    [InlineData(Seeds.ProjectTable002)]
    [InlineData(Seeds.Declaration004)]
    public void A_form_that_is_not_a_self_evaluation_cannot_be_scored(string seed)
    {
        var run = CliRun.Of("score", CliRun.Seed(seed));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("不是自评表，无法评分", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Human_readable_score_shows_total_grade_and_each_line()
    {
        var run = CliRun.Of("score", CliRun.Seed(Seeds.Report001));
        Assert.Contains("自评得分 Score: 95.76 分   等级 Grade: 优", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("表单自述 Stated: 96.00 分   等级 优", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("budget.executionRate  预算执行率", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// The official 自评表 layout has no 一级 column, so indicators with targets cannot be weighted: each is reported
    /// as unscorable at its own place on the form, and the score is marked incomplete (exit 1).
    /// </summary>
    [Fact]
    public void Indicators_with_targets_but_no_category_are_reported_unscorable_where_they_stand()
    {
        var form = new DepartmentSelfEvaluationTable
        {
            DepartmentName = "测试部门",
            EvaluatedYear = 2025,
            InitialBudget = 100m,
            AdjustedBudget = 100m,
            ActualExpenditure = 95m,
            Tasks =
            [
                new SelfEvaluationTask { Name = "任务一", Indicators = [new IndicatorEntry("", "", "招商企业数量", "", "≥10家") { Actual = "12家" }] },
                new SelfEvaluationTask { Name = "任务二", Indicators = [new IndicatorEntry("", "", "培训期数", "", "") { Actual = "已完成1期" }] },
            ],
        };
        var path = Path.Combine(Path.GetTempPath(), $"perfwf-score-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, SelfEvaluationTableXlsx.Export(form));
        try
        {
            var run = CliRun.Of("score", path, "--json");
            Assert.Equal(1, run.ExitCode);
            var json = run.Json();
            Assert.False(json.GetProperty("complete").GetBoolean());
            var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
            Assert.Equal("scoring.category-unrecognised", finding.GetProperty("code").GetString());
            Assert.Equal("tasks[0].indicators[0].level1", finding.GetProperty("fieldPath").GetString());
            var lines = json.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal(["budget.executionRate", "tasks[0].indicators[0]"], lines.Select(l => l.GetProperty("path").GetString()));
            Assert.Contains("1个关键指标", Assert.Single(json.GetProperty("remarks").EnumerateArray()).GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("优秀:90")]
    [InlineData("达成")]
    [InlineData("达成:120")]
    public void A_bad_qualitative_option_is_refused_before_anything_is_read(string value)
    {
        var run = CliRun.Of("score", CliRun.Seed(Seeds.SelfEvaluation003), "--qualitative", value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--qualitative", run.Stderr, StringComparison.Ordinal);
    }
}
