namespace PerfWorkflow.Cli.Tests;

/// <summary>"import": the recognised form as JSON beside its findings.</summary>
public class ImportCommandTests
{
    [Theory]
    [InlineData(Seeds.Declaration000, "departmentDeclaration", "部门整体预算绩效目标申报表", 0)]
    [InlineData(Seeds.Report001, "selfEvaluationReport", "部门整体支出绩效自评报告", 0)]
    [InlineData(Seeds.ProjectTable002, "projectTable", "项目支出绩效目标表", 0)]
    [InlineData(Seeds.SelfEvaluation003, "selfEvaluationTable", "部门整体支出绩效自评表", 1)]
    [InlineData(Seeds.Declaration004, "departmentDeclaration", "部门整体预算绩效目标申报表", 1)]
    public void Recognises_each_seed_and_prints_the_form_with_findings(string seed, string kind, string formName, int exitCode)
    {
        var run = CliRun.Of("import", CliRun.Seed(seed));
        Assert.Equal(exitCode, run.ExitCode);
        var json = run.Json();
        Assert.Equal(kind, json.GetProperty("kind").GetString());
        Assert.Equal(formName, json.GetProperty("formName").GetString());
        Assert.EndsWith(seed, json.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("form").GetProperty("departmentName").GetString()));
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(exitCode == 1, findings.Any(f => f.GetProperty("severity").GetString() == "error"));
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "error"), json.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public void Seed003_form_carries_its_amounts_tasks_and_stated_rate()
    {
        var form = CliRun.Of("import", CliRun.Seed(Seeds.SelfEvaluation003)).Json().GetProperty("form");
        Assert.Equal(4363.68m, form.GetProperty("adjustedBudget").GetDecimal());
        Assert.Equal(4195.95m, form.GetProperty("actualExpenditure").GetDecimal());
        Assert.Equal(96.20m, form.GetProperty("statedExecutionRate").GetProperty("value").GetDecimal());
        Assert.Equal(2, form.GetProperty("statedExecutionRate").GetProperty("decimalPlaces").GetInt32());
        var tasks = form.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(4, tasks.Count);
        Assert.Equal("≧85家", tasks[0].GetProperty("indicators")[0].GetProperty("actual").GetString());
    }

    [Fact]
    public void Seed004_indicator_keeps_both_targets_as_written()
    {
        var indicator = CliRun.Of("import", CliRun.Seed(Seeds.Declaration004)).Json().GetProperty("form").GetProperty("indicators")[6];
        Assert.Equal("高新技术企业国内发明专利授权数", indicator.GetProperty("name").GetString());
        Assert.Contains("1000件", indicator.GetProperty("periodTarget").GetString(), StringComparison.Ordinal);
        Assert.Contains("1000年", indicator.GetProperty("annualTarget").GetString(), StringComparison.Ordinal);
    }
}
