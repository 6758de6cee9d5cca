using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Tests.Indicators;

public class TargetValueParserPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly string[] Tokens =
    [
        "≥", "≧", "≤", ">", "<", "=", "≈", "约", "不少于", "不低于", "不超过", "控制在", "超过", "以上", "及以上", "以内", "左右",
        "之间", "万", "亿", "万亿", "千万", "元", "万元", "亿元", "%", "％", "个", "家", "次", "工作日", "个工作日", "平方米",
        "已完成", "未完成", "，", ",", "；", ";", "-", "~", "至", ".", "。", "、", "(", ")", "（%）", "是/否", "合规",
        "0", "1", "9", "12", "3.5", "1,000", "999999999999999999999", "0.0001", " ", "\u3000", "１", "－",
    ];

    private static Gen<decimal> Numbers =>
        from whole in Gen.Choose(0, 2_000_000)
        from places in Gen.Choose(0, 3)
        select whole / (decimal)Math.Pow(10, places);

    [Fact]
    public void Arbitrary_strings_never_throw() =>
        Check.One(Runs, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var value = TargetValueParser.Parse(text);
            return value.Raw == (text ?? "");
        }));

    [Fact]
    public void Token_soup_never_throws_and_quantitative_results_have_numbers()
    {
        var soup = Gen.ListOf(Gen.Elements(Tokens)).Select(parts => string.Concat(parts)).ToArbitrary();
        Check.One(Runs, Prop.ForAll(soup, text =>
        {
            var value = TargetValueParser.Parse(text);
            var resolved = IndicatorUnitResolver.Resolve(text, text, text);
            return (value.Kind != TargetValueKind.Quantitative || value.Numbers.Count > 0)
                && (value.Operator != TargetOperator.Range || value.Numbers[0] <= value.Numbers[1])
                && resolved.Raw == text;
        }));
    }

    [Fact]
    public void A_formatted_operator_number_and_unit_round_trips()
    {
        var spellings = new (string Prefix, string Suffix, TargetOperator Op)[]
        {
            ("", "", TargetOperator.Equal), ("≥", "", TargetOperator.AtLeast), ("不少于", "", TargetOperator.AtLeast),
            ("", "及以上", TargetOperator.AtLeast), ("", "以上", TargetOperator.AtLeast), (">", "", TargetOperator.GreaterThan),
            ("超过", "", TargetOperator.GreaterThan), ("≤", "", TargetOperator.AtMost), ("不超过", "", TargetOperator.AtMost),
            ("控制在", "以内", TargetOperator.AtMost), ("<", "", TargetOperator.LessThan), ("约", "", TargetOperator.Approximately),
            ("", "左右", TargetOperator.Approximately),
        };
        var units = new[] { "", "%", "个", "家", "次", "场", "份", "件", "栋", "条", "人次", "万元", "工作日", "平方米", "期" };
        var cases =
            from spelling in Gen.Elements(spellings)
            from unit in Gen.Elements(units)
            from number in Numbers
            from grouped in Gen.Elements(true, false)
            select (spelling, unit, number, grouped);

        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var written = c.grouped ? c.number.ToString("#,0.###", CultureInfo.InvariantCulture) : c.number.ToString(CultureInfo.InvariantCulture);
            var value = TargetValueParser.Parse($"{c.spelling.Prefix}{written}{c.unit}{c.spelling.Suffix}");
            return value.IsQuantitative
                && value.Operator == c.spelling.Op
                && value.Numbers.SequenceEqual([c.number])
                && value.Unit?.Symbol == (c.unit.Length == 0 ? null : c.unit);
        }));
    }

    [Fact]
    public void A_formatted_range_round_trips()
    {
        var cases =
            from low in Numbers
            from width in Numbers
            from unit in Gen.Elements("", "个", "条", "%", "万元")
            from separator in Gen.Elements("-", "~", "至")
            select (low, high: low + width, unit, separator);

        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var value = TargetValueParser.Parse(
                $"{c.low.ToString(CultureInfo.InvariantCulture)}{c.separator}{c.high.ToString(CultureInfo.InvariantCulture)}{c.unit}");
            return value.Operator == TargetOperator.Range && value.Numbers.SequenceEqual([c.low, c.high]);
        }));
    }

    [Fact]
    public void Scaling_by_wan_and_yi_is_consistent()
    {
        Check.One(Runs, Prop.ForAll(Numbers.ToArbitrary(), n =>
        {
            var text = n.ToString(CultureInfo.InvariantCulture);
            var yi = TargetValueParser.Parse($"{text}亿元").Number;
            var wanYuan = TargetValueParser.Parse($"{(n * 10_000m).ToString(CultureInfo.InvariantCulture)}万元").Number;
            var yuan = TargetValueParser.Parse($"{(n * 100_000_000m).ToString(CultureInfo.InvariantCulture)}元").Number;
            var wanCount = TargetValueParser.Parse($"{text}万个");
            var yiCount = TargetValueParser.Parse($"{text}亿人次");
            return yi == n * 10_000m && wanYuan == yi && yuan == yi
                && wanCount.Number == n * 10_000m && wanCount.Unit?.Symbol == "个"
                && yiCount.Number == n * 100_000_000m && yiCount.Unit?.Symbol == "人次";
        }));
    }
}
