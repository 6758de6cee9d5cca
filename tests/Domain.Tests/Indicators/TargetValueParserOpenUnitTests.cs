using System.Globalization;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Tests.Indicators;

/// <summary>
/// Target values copied from published filings of other provinces: units the catalogue does not list, compound
/// units, operators in every spelling, bracketed annotations and template placeholders.
/// </summary>
public class TargetValueParserOpenUnitTests
{
    [Theory]
    [InlineData("≤35元/人·年", "AtMost", "0.0035", "万元/人·年", "元/人·年")]
    [InlineData("≥3000吨", "AtLeast", "3000", "吨", "吨")]
    [InlineData("≥12公顷", "AtLeast", "120000", "平方米", "公顷")]
    [InlineData("≤2次/月", "AtMost", "2", "次/月", "次/月")]
    [InlineData("≤2次／月", "AtMost", "2", "次/月", "次/月")]
    [InlineData("≥1.2万人次/年", "AtLeast", "12000", "人次/年", "人次/年")]
    [InlineData("≤0.5kg/人·天", "AtMost", "0.0005", "吨/人·日", "kg/人·天")]
    [InlineData("≤30分钟*次", "AtMost", "30", "分钟·次", "分钟*次")]
    [InlineData("≥5吨标准煤", "AtLeast", "5", "吨标准煤", "吨标准煤")]
    [InlineData("12个行政村", "Equal", "12", "个行政村", "个行政村")]
    [InlineData("≤48小时", "AtMost", "48", "小时", "小时")]
    [InlineData("≥500平米", "AtLeast", "500", "平方米", "平米")]
    [InlineData("≥3000 t", "AtLeast", "3000", "吨", "t")]
    [InlineData("每月2次", "Equal", "2", "次/月", "次/月")]
    [InlineData("每年不少于4场", "AtLeast", "4", "场/年", "场/年")]
    [InlineData("2-3个园区", "Range", "2|3", "个园区", "个园区")]
    [InlineData("≤5‰", "AtMost", "0.5", "%", "‰")]
    public void Any_unit_after_a_number_is_the_values_unit(string text, string op, string numbers, string symbol, string written)
    {
        var value = TargetValueParser.Parse(text);

        Assert.Equal(TargetValueKind.Quantitative, value.Kind);
        Assert.Equal(Enum.Parse<TargetOperator>(op), value.Operator);
        Assert.Equal(numbers.Split('|').Select(n => decimal.Parse(n, CultureInfo.InvariantCulture)), value.Numbers);
        Assert.Equal(symbol, value.Unit?.Symbol);
        Assert.Equal(written, value.WrittenUnit);
    }

    [Fact]
    public void Spellings_of_one_compound_unit_compare_equal_and_other_units_do_not()
    {
        var dotted = TargetValueParser.Parse("≤35元/人·年").Unit;

        Assert.True(dotted!.IsCompatibleWith(TargetValueParser.Parse("≤35元/人/年").Unit));
        Assert.True(dotted.IsCompatibleWith(TargetValueParser.Parse("0.01万元/人•年").Unit));
        Assert.False(dotted.IsCompatibleWith(TargetValueParser.Parse("≤35元/户·年").Unit));
        Assert.Equal(UnitDimension.Compound, dotted.Dimension);
        Assert.False(TargetValueParser.Parse("3个园区").Unit!.IsCompatibleWith(TargetValueParser.Parse("3个社区").Unit));
    }

    [Theory]
    [InlineData("≥ 3000 吨", "AtLeast")]
    [InlineData(">= 3000吨", "AtLeast")]
    [InlineData("＞＝3000吨", "AtLeast")]
    [InlineData("=>3000吨", "AtLeast")]
    [InlineData("≮3000吨", "AtLeast")]
    [InlineData("不 低 于 3000 吨", "AtLeast")]
    [InlineData("不应少于3000吨", "AtLeast")]
    [InlineData("3000吨（含）以上", "AtLeast")]
    [InlineData("3000吨或更多", "AtLeast")]
    [InlineData("＜＝3000吨", "AtMost")]
    [InlineData("≯3000吨", "AtMost")]
    [InlineData("最高不超过3000吨", "AtMost")]
    [InlineData("3000吨以下(含本数)", "AtMost")]
    [InlineData("＞3000吨", "GreaterThan")]
    [InlineData("＜ 3000吨", "LessThan")]
    public void Operators_read_in_ascii_full_width_and_word_forms_with_or_without_spaces(string text, string op)
    {
        var value = TargetValueParser.Parse(text);

        Assert.Equal(Enum.Parse<TargetOperator>(op), value.Operator);
        Assert.Equal([3000m], value.Numbers);
        Assert.Equal("吨", value.Unit?.Symbol);
    }

    [Fact]
    public void A_trailing_bracketed_annotation_is_a_remark_or_the_missing_unit()
    {
        var remark = TargetValueParser.Parse("≥12个（含新建）");
        Assert.Equal((12m, "个", "含新建"), (remark.Number, remark.Unit?.Symbol, remark.Remark));

        var unit = TargetValueParser.Parse("≥85（百分比）");
        Assert.Equal((85m, "%", (string?)null), (unit.Number, unit.Unit?.Symbol, unit.Remark));

        var same = TargetValueParser.Parse("≥85%（百分比）");
        Assert.Equal((85m, "%", (string?)null), (same.Number, same.Unit?.Symbol, same.Remark));

        var status = TargetValueParser.Parse("36栋（已完成）");
        Assert.Equal(CompletionStatus.Completed, status.Status);

        Assert.Equal([90m], TargetValueParser.Parse("（≥90%）").Numbers);
    }

    [Fact]
    public void A_template_placeholder_in_front_is_reported_and_the_real_value_read()
    {
        var value = TargetValueParser.Parse("(≥**个)≥12个");

        Assert.True(value.IsQuantitative);
        Assert.Equal((TargetOperator.AtLeast, 12m, "个"), (value.Operator!.Value, value.Number!.Value, value.Unit!.Symbol));
        Assert.Equal("(≥**个)", value.Placeholder);

        var unfilled = TargetValueParser.Parse("≥**个");
        Assert.Equal(TargetValueKind.Qualitative, unfilled.Kind);
        Assert.Equal("≥**个", unfilled.Placeholder);

        Assert.Null(TargetValueParser.Parse("≥12个").Placeholder);
    }

    [Fact]
    public void A_number_after_words_and_a_comma_still_reads_as_the_target()
    {
        var value = TargetValueParser.Parse("按时保质完成，≥95%");

        Assert.True(value.IsQuantitative);
        Assert.Equal((TargetOperator.AtLeast, 95m, "%"), (value.Operator!.Value, value.Number!.Value, value.Unit!.Symbol));
        Assert.Equal("按时保质完成", value.Label);
    }

    [Theory]
    [InlineData("5年完成建设任务")]
    [InlineData("为片区近5年产城融合发展工作开展提供指引")]
    [InlineData("12月31日前完成")]
    [InlineData("提升服务水平，增强群众获得感")]
    public void A_number_followed_by_a_phrase_is_not_a_target(string text) =>
        Assert.Equal(TargetValueKind.Qualitative, TargetValueParser.Parse(text).Kind);
}
