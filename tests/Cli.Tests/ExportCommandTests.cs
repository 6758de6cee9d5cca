namespace PerfWorkflow.Cli.Tests;

/// <summary>"export": a text filing written in its official .xlsx layout reads back with the same findings.</summary>
public class ExportCommandTests
{
    [Theory]
    [InlineData(Seeds.Declaration000, "departmentDeclaration", 0)]
    [InlineData(Seeds.ProjectTable002, "projectTable", 0)]
    [InlineData(Seeds.SelfEvaluation003, "selfEvaluationTable", 1)]
    [InlineData(Seeds.Declaration004, "departmentDeclaration", 1)]
    public void Exported_workbook_is_recognised_and_keeps_the_findings(string seed, string kind, int exitCode)
    {
        var output = Path.Combine(Path.GetTempPath(), $"perfwf-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            var export = CliRun.Of("export", CliRun.Seed(seed), "--out", output, "--json");
            Assert.Equal(exitCode, export.ExitCode);
            Assert.Equal(kind, export.Json().GetProperty("kind").GetString());
            Assert.Equal(new FileInfo(output).Length, export.Json().GetProperty("bytes").GetInt64());

            var fromText = CliRun.Of("validate", CliRun.Seed(seed), "--json").Json().GetProperty("findings");
            var fromXlsx = CliRun.Of("validate", output, "--json");
            Assert.Equal(exitCode, fromXlsx.ExitCode);
            Assert.Equal(kind, fromXlsx.Json().GetProperty("kind").GetString());
            Assert.Equal(
                fromText.EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("fieldPath").GetString())),
                fromXlsx.Json().GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("fieldPath").GetString())));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void An_unwritable_target_is_exit_2()
    {
        var run = CliRun.Of("export", CliRun.Seed(Seeds.Declaration000), "--out", Path.Combine(Path.GetTempPath(), "no-such-dir-perfwf", "x.xlsx"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("无法写入输出文件", run.Stderr, StringComparison.Ordinal);
    }
}
