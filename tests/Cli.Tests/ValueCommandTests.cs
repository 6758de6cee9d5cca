using System.Text.Json;

namespace PerfWorkflow.Cli.Tests;

/// <summary>"value": how one 指标值 reads, for the real spellings of docs/domain.md §3.</summary>
public class ValueCommandTests
{
    [Theory]
    [InlineData("≥30家", "atLeast", "30", "家")]
    [InlineData("≧85家", "atLeast", "85", "家")]
    [InlineData("不少于150家", "atLeast", "150", "家")]
    [InlineData("90%及以上", "atLeast", "90", "%")]
    [InlineData("超过2300亿元", "greaterThan", "23000000", "万元")]
    [InlineData("≤90万元", "atMost", "90", "万元")]
    [InlineData("1-2个", "range", "1,2", "个")]
    [InlineData("约1.9万平方米", "approximately", "19000", "平方米")]
    [InlineData("587；3", "several", "587,3", null)]
    public void Quantitative_spellings_read_as_operator_numbers_and_unit(string text, string op, string numbers, string? unit)
    {
        var run = CliRun.Of("value", text, "--json");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal(text, json.GetProperty("raw").GetString());
        Assert.Equal("quantitative", json.GetProperty("kind").GetString());
        Assert.Equal(op, json.GetProperty("operator").GetString());
        Assert.Equal(numbers.Split(',').Select(decimal.Parse), json.GetProperty("numbers").EnumerateArray().Select(n => n.GetDecimal()));
        if (unit is null)
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty("unit").ValueKind);
        }
        else
        {
            Assert.Equal(unit, json.GetProperty("unit").GetProperty("symbol").GetString());
        }
    }

    [Theory]
    [InlineData("合规", null)]
    [InlineData("不高于标准", "atMost")]
    public void Qualitative_spellings_keep_their_words(string text, string? op)
    {
        var json = CliRun.Of("value", text, "--json").Json();
        Assert.Equal("qualitative", json.GetProperty("kind").GetString());
        Assert.Equal(op, json.GetProperty("operator").ValueKind == JsonValueKind.Null ? null : json.GetProperty("operator").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("qualitativeText").GetString()));
    }

    [Fact]
    public void A_unitless_value_takes_its_unit_from_the_indicator_name_when_given()
    {
        var json = CliRun.Of("value", "≥2", "--name", "年充电量提升幅度（%）", "--json").Json();
        Assert.Equal("%", json.GetProperty("unit").GetProperty("symbol").GetString());
        Assert.Equal("indicatorName", json.GetProperty("unitSource").GetString());

        var bare = CliRun.Of("value", "≥2", "--json").Json();
        Assert.Equal(JsonValueKind.Null, bare.GetProperty("unit").ValueKind);
    }

    [Fact]
    public void Human_readable_value_names_operator_number_and_unit()
    {
        var run = CliRun.Of("value", "≥30家");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("类型 Kind: 定量 quantitative", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("运算 Operator: ≥ (atLeast)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("数值 Number: 30", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("单位 Unit: 家", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_prints_both_bounds_and_a_remark_after_a_comma_is_shown()
    {
        Assert.Contains("区间 Range: 6 - 8", CliRun.Of("value", "6-8条").Stdout, StringComparison.Ordinal);
        Assert.Contains("补充 Remark: 力争100%完成", CliRun.Of("value", "90%及以上，力争100%完成").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_starting_with_a_minus_sign_is_text_not_an_option()
    {
        var run = CliRun.Of("value", "-5%", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("-5%", run.Json().GetProperty("raw").GetString());
    }
}
