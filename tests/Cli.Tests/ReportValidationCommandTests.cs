using System.Text.Json;

namespace PerfWorkflow.Cli.Tests;

/// <summary>"validate" and "value" on filings written the way other provinces write them (tests/Documents.Tests/Filings).</summary>
public class ReportValidationCommandTests
{
    private static string Filing(string name) => Path.Combine(AppContext.BaseDirectory, "Filings", name);

    [Fact]
    public void A_report_is_checked_like_a_table_and_each_finding_points_to_its_sentence()
    {
        var run = CliRun.Of("validate", Filing("report-faults.txt"), "--json");

        Assert.Equal(1, run.ExitCode);
        var findings = run.Json().GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "grade.score-mismatch");
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "money.report-sources-mismatch");
        Assert.All(findings, f => Assert.Matches(@"^sections\[\d+\]\.paragraphs\[\d+\]\.sentences\[\d+\]$", f.GetProperty("fieldPath").GetString()));
    }

    [Fact]
    public void The_threshold_for_a_reason_is_an_option()
    {
        static int LowRateWarnings(params string[] extra) =>
            CliRun.Of(["validate", Filing("report-faults.txt"), "--json", .. extra]).Json().GetProperty("findings").EnumerateArray()
                .Count(f => f.GetProperty("code").GetString()!.EndsWith("-low-unexplained", StringComparison.Ordinal));

        Assert.Equal(2, LowRateWarnings());
        Assert.Equal(3, LowRateWarnings("--threshold", "98"));
        Assert.Equal(0, LowRateWarnings("--threshold=40%"));

        var bad = CliRun.Of("validate", Filing("report-faults.txt"), "--threshold", "一百");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--threshold", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_its_reasons_written_passes()
    {
        var run = CliRun.Of("validate", Filing("report-explained.txt"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Json().GetProperty("findings").EnumerateArray());
    }

    [Theory]
    [InlineData("≤35元/人·年", "atMost", "0.0035", "万元/人·年")]
    [InlineData("≥3000吨", "atLeast", "3000", "吨")]
    [InlineData("≥ 12 公顷", "atLeast", "120000", "平方米")]
    [InlineData("≤2次/月", "atMost", "2", "次/月")]
    [InlineData("(≥**个)≥12个", "atLeast", "12", "个")]
    [InlineData("≥85（百分比）", "atLeast", "85", "%")]
    public void Open_units_read_as_numbers_not_as_qualitative_text(string text, string op, string number, string unit)
    {
        var json = CliRun.Of("value", text, "--json").Json();

        Assert.Equal("quantitative", json.GetProperty("kind").GetString());
        Assert.Equal(op, json.GetProperty("operator").GetString());
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(json.GetProperty("numbers").EnumerateArray()).GetDecimal());
        Assert.Equal(unit, json.GetProperty("unit").GetProperty("symbol").GetString());
        Assert.DoesNotContain(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("按定性处理", StringComparison.Ordinal));
    }
}
