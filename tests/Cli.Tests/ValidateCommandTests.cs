using System.Text.Json;

namespace PerfWorkflow.Cli.Tests;

/// <summary>"validate" on the five real filings: exit codes and findings are exactly their real anomalies.</summary>
public class ValidateCommandTests
{
    [Theory]
    [InlineData(Seeds.Declaration000, 0)]
    [InlineData(Seeds.Report001, 0)]
    [InlineData(Seeds.ProjectTable002, 0)]
    [InlineData(Seeds.SelfEvaluation003, 1)]
    [InlineData(Seeds.Declaration004, 1)]
    public void Exit_code_says_whether_a_seed_has_error_findings(string seed, int expected)
    {
        var run = CliRun.Of("validate", CliRun.Seed(seed));
        Assert.Equal(expected, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Seed003_has_one_error_the_misstated_execution_rate()
    {
        var run = CliRun.Of("validate", CliRun.Seed(Seeds.SelfEvaluation003), "--json");
        var json = run.Json();
        Assert.Equal("selfEvaluationTable", json.GetProperty("kind").GetString());
        Assert.Equal(1, json.GetProperty("errorCount").GetInt32());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal("rate.execution-mismatch", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("budget.executionRate", finding.GetProperty("fieldPath").GetString());
        Assert.Equal("validation", finding.GetProperty("source").GetString());
        var message = finding.GetProperty("message").GetString()!;
        Assert.Contains("96.20%", message, StringComparison.Ordinal);
        Assert.Contains("96.16%", message, StringComparison.Ordinal);
        // Its 关键指标 carry no category or target, which the output says instead of flagging each one.
        Assert.Contains("13个关键指标", Assert.Single(json.GetProperty("remarks").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed004_has_one_error_the_1000_pieces_against_1000_years_unit_mismatch()
    {
        var json = CliRun.Of("validate", CliRun.Seed(Seeds.Declaration004), "--json").Json();
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(("indicator.unit-mismatch", "error", "indicators[6].annualTarget"),
            (finding.GetProperty("code").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("fieldPath").GetString()));
        Assert.Contains("“件”", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("“年”", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed001_passes_with_its_one_justified_warning()
    {
        var json = CliRun.Of("validate", CliRun.Seed(Seeds.Report001), "--json").Json();
        Assert.Equal(0, json.GetProperty("errorCount").GetInt32());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal("rate.project-execution-low-unexplained", finding.GetProperty("code").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Contains("仲裁解除用地合同经费", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed000_has_no_findings_at_all()
    {
        var json = CliRun.Of("validate", CliRun.Seed(Seeds.Declaration000), "--json").Json();
        Assert.Empty(json.GetProperty("findings").EnumerateArray());
    }

    /// <summary>Seed 002's projects lack whole 一级 categories: warnings per project, pointing at that project's row.</summary>
    [Fact]
    public void Seed002_warnings_point_at_each_projects_row()
    {
        var json = CliRun.Of("validate", CliRun.Seed(Seeds.ProjectTable002), "--json").Json();
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal("warning", f.GetProperty("severity").GetString());
            Assert.Equal("indicator.level1-missing", f.GetProperty("code").GetString());
            Assert.Matches(@"^rows\[\d+\]\.indicators$", f.GetProperty("fieldPath").GetString());
        });
        Assert.Contains(findings, f => f.GetProperty("message").GetString()!.StartsWith("项目“招商工作经费”", StringComparison.Ordinal));
    }

    [Fact]
    public void Human_readable_output_lists_code_severity_path_and_message()
    {
        var run = CliRun.Of("validate", CliRun.Seed(Seeds.SelfEvaluation003));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("表单 Form: 部门整体支出绩效自评表", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[错误 error] rate.execution-mismatch  budget.executionRate", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("预算完成率填报为96.20%", run.Stdout, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(run.Stdout));
    }
}
