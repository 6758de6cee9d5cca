using System.Globalization;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Tests.Indicators;

/// <summary>Every 指标值 spelling of seeds 000, 002, 003, 004 and of docs/domain.md §3, with what it must parse to.</summary>
public class TargetValueParserSeedTests
{
    [Theory]
    // docs/domain.md §3 table
    [InlineData("100%", "Equal", "100", "%")]
    [InlineData("1份", "Equal", "1", "份")]
    [InlineData("5个", "Equal", "5", "个")]
    [InlineData("≥30家", "AtLeast", "30", "家")]
    [InlineData("≧85家", "AtLeast", "85", "家")]
    [InlineData("不少于150家", "AtLeast", "150", "家")]
    [InlineData("不低于80%", "AtLeast", "80", "%")]
    [InlineData("90%及以上", "AtLeast", "90", "%")]
    [InlineData("90%以上", "AtLeast", "90", "%")]
    [InlineData("1000亿元以上", "AtLeast", "10000000", "万元")]
    [InlineData("超过2300亿元", "GreaterThan", "23000000", "万元")]
    [InlineData("控制在3个工作日以内", "AtMost", "3", "工作日")]
    [InlineData("不超过90万元", "AtMost", "90", "万元")]
    [InlineData("≤90万元", "AtMost", "90", "万元")]
    [InlineData("1-2个", "Range", "1|2", "个")]
    [InlineData("6-8条", "Range", "6|8", "条")]
    [InlineData("约1.9万平方米", "Approximately", "19000", "平方米")]
    [InlineData("587；3", "Several", "587|3", null)]
    [InlineData("36栋，已完成", "Equal", "36", "栋")]
    [InlineData("已完成1期", "Equal", "1", "期")]
    // seed 000
    [InlineData("区委区政府下达收储任务完成率90%及以上", "AtLeast", "90", "%")]
    [InlineData("区委区政府下达拆迁任 务完成率90%及以上", "AtLeast", "90", "%")]
    [InlineData("1500亿元", "Equal", "15000000", "万元")]
    [InlineData("市区年度招商任务完成\n率100%", "Equal", "100", "%")]
    [InlineData("90%及以上，力争100%完成", "AtLeast", "90", "%")]
    [InlineData("95%及以上", "AtLeast", "95", "%")]
    // seed 002 (packed cells)
    [InlineData("1次", "Equal", "1", "次")]
    [InlineData("4", "Equal", "4", null)]
    [InlineData("不少于4场", "AtLeast", "4", "场")]
    [InlineData("150", "Equal", "150", null)]
    [InlineData("80%", "Equal", "80", "%")]
    [InlineData("1", "Equal", "1", null)]
    [InlineData("不少于1次", "AtLeast", "1", "次")]
    // seed 003
    [InlineData("≧335家", "AtLeast", "335", "家")]
    [InlineData("≧27家", "AtLeast", "27", "家")]
    [InlineData("≧10栋", "AtLeast", "10", "栋")]
    [InlineData("≥85%", "AtLeast", "85", "%")]
    [InlineData("2栋，已完成", "Equal", "2", "栋")]
    [InlineData("1栋", "Equal", "1", "栋")]
    // seed 004
    [InlineData("120个", "Equal", "120", "个")]
    [InlineData("1000件", "Equal", "1000", "件")]
    [InlineData("1000年", "Equal", "1000", "年")]
    [InlineData("20亿元", "Equal", "200000", "万元")]
    [InlineData("6%", "Equal", "6", "%")]
    [InlineData("≥2", "AtLeast", "2", null)]
    [InlineData("2200亿元", "Equal", "22000000", "万元")]
    [InlineData("≥3%", "AtLeast", "3", "%")]
    [InlineData("250亿元以上", "AtLeast", "2500000", "万元")]
    [InlineData("400家", "Equal", "400", "家")]
    [InlineData("130亿元", "Equal", "1300000", "万元")]
    [InlineData("150万人", "Equal", "1500000", "人")]
    [InlineData("30个", "Equal", "30", "个")]
    [InlineData("≥700亿元", "AtLeast", "7000000", "万元")]
    // seed 001 (actual values in the self-evaluation report)
    [InlineData("1810 万美元", "Equal", "18100000", "美元")]
    [InlineData("16.5个", "Equal", "16.5", "个")]
    [InlineData("121%", "Equal", "121", "%")]
    [InlineData("17.75亿元", "Equal", "177500", "万元")]
    [InlineData("712人次", "Equal", "712", "人次")]
    [InlineData("3,345.75万元", "Equal", "3345.75", "万元")]
    public void Quantitative_spellings_parse_to_operator_numbers_and_unit(string text, string op, string numbers, string? unit)
    {
        var value = TargetValueParser.Parse(text);

        Assert.Equal(TargetValueKind.Quantitative, value.Kind);
        Assert.Equal(Enum.Parse<TargetOperator>(op), value.Operator);
        Assert.Equal(numbers.Split('|').Select(n => decimal.Parse(n, CultureInfo.InvariantCulture)), value.Numbers);
        Assert.Equal(unit, value.Unit?.Symbol);
    }

    [Theory]
    [InlineData("合规", null, "合规")]
    [InlineData("达标", null, "达标")]
    [InlineData("是", null, "是")]
    [InlineData("有积极作用", null, "有积极作用")]
    [InlineData("更加优化", null, "更加优化")]
    [InlineData("规定时间内完成", null, "规定时间内完成")]
    [InlineData("完成市区年度招商任务", null, "完成市区年度招商任务")]
    [InlineData("推动中国软件名园创建", null, "推动中国软件名园创建")]
    [InlineData("实际建设成本不超概算或预算", null, "实际建设成本不超概算或预算")]
    [InlineData("按规定控制和支付", null, "按规定控制和支付")]
    [InlineData("增加值实现同比增长", null, "增加值实现同比增长")]
    [InlineData("不高于标准", "AtMost", "标准")]
    [InlineData("不超过概算", "AtMost", "概算")]
    [InlineData("为片区近5年产城融合发展工作开展提供指引。", null, "为片区近5年产城融合发展工作开展提供指引")]
    [InlineData("提升非公企业党员党性素养，增强党组织凝聚力和战斗力", null, "提升非公企业党员党性素养,增强党组织凝聚力和战斗力")]
    [InlineData("赴市外开展招商活动，拜访企业数量不少于3家；赴国内大型专业展会靶向招商、赴市外境外举办招商推介活动等不少于1次。",
        null, "赴市外开展招商活动,拜访企业数量不少于3家;赴国内大型专业展会靶向招商、赴市外境外举办招商推介活动等不少于1次")]
    public void Qualitative_spellings_stay_words_with_their_operator(string text, string? op, string words)
    {
        var value = TargetValueParser.Parse(text);

        Assert.Equal(TargetValueKind.Qualitative, value.Kind);
        Assert.Equal(op is null ? null : Enum.Parse<TargetOperator>(op), value.Operator);
        Assert.Equal(words, value.QualitativeText);
    }

    [Fact]
    public void Status_words_are_read_beside_the_number()
    {
        Assert.Equal(CompletionStatus.Completed, TargetValueParser.Parse("36栋，已完成").Status);
        Assert.Equal(CompletionStatus.Completed, TargetValueParser.Parse("已完成1期").Status);
        Assert.Equal(CompletionStatus.None, TargetValueParser.Parse("36栋").Status);
        Assert.Equal(CompletionStatus.None, TargetValueParser.Parse("完成率100%").Status);
    }

    [Fact]
    public void A_label_before_the_number_is_kept_and_noted()
    {
        var value = TargetValueParser.Parse("区委区政府下达收储任务完成率90%及以上");

        Assert.Equal("区委区政府下达收储任务完成率", value.Label);
        Assert.Contains(value.Notes, n => n.Contains("区委区政府下达收储任务完成率", StringComparison.Ordinal));
    }

    [Fact]
    public void An_aside_after_a_comma_is_a_remark_not_a_second_target()
    {
        var value = TargetValueParser.Parse("90%及以上，力争100%完成");

        Assert.Equal("力争100%完成", value.Remark);
        Assert.Equal([90m], value.Numbers);
        Assert.NotEmpty(value.Notes);
    }

    [Fact]
    public void Several_values_with_different_units_are_not_forced_into_one()
    {
        var value = TargetValueParser.Parse("3家；1次");

        Assert.Equal(TargetValueKind.Qualitative, value.Kind);
        Assert.Contains(value.Notes, n => n.Contains("多个分项", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("。")]
    public void Blank_cells_are_empty(string? text) =>
        Assert.Equal(TargetValueKind.Empty, TargetValueParser.Parse(text).Kind);

    [Theory]
    [InlineData("80%-90%", "80|90", "%")]
    [InlineData("1至2个", "1|2", "个")]
    [InlineData("1万-2万人", "10000|20000", "人")]
    [InlineData("8-6条", "6|8", "条")]
    [InlineData("1万-2万元", "1|2", "万元")]
    [InlineData("1-2亿元", "10000|20000", "万元")]
    [InlineData("5000万-1亿元", "5000|10000", "万元")]
    public void Ranges_in_other_spellings(string text, string numbers, string unit)
    {
        var value = TargetValueParser.Parse(text);

        Assert.Equal(TargetOperator.Range, value.Operator);
        Assert.Equal(numbers.Split('|').Select(n => decimal.Parse(n, CultureInfo.InvariantCulture)), value.Numbers);
        Assert.Equal(unit, value.Unit?.Symbol);
    }

    [Fact]
    public void An_unknown_short_unit_is_kept_with_a_note()
    {
        var value = TargetValueParser.Parse("3个园区");

        Assert.True(value.IsQuantitative);
        Assert.Equal(UnitDimension.Other, value.Unit!.Dimension);
        Assert.Equal("个园区", value.WrittenUnit);
        Assert.NotEmpty(value.Notes);
    }

    [Fact]
    public void Unreadable_numbers_are_reported_not_thrown()
    {
        var value = TargetValueParser.Parse("99999999999999999999999999万亿元");

        Assert.Equal(TargetValueKind.Qualitative, value.Kind);
        Assert.NotEmpty(value.Notes);
    }
}
