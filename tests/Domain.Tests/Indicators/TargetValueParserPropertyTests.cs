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

    /// <summary>
    /// Characters of unit words that neither form a catalogue spelling with a factor other than 1 (元, 米, 克 …) nor a
    /// comparison, status, scale or phrase word (以上, 完成, 万, 的 …), so the expected reading is the text itself.
    /// </summary>
    private const string UnitLetters = "个家次场份件栋条项期宗批篇本册户座台套处所名位辆类款门轮间张棵株只头块层组支队届笔例起单课"
        + "车架艘根盏床校村园区站点网格镇社居楼店馆院室人年月日周天季岗箱袋瓶包片吨度" + "abdefnprstuvy";

    private static Gen<string> UnitWord =>
        from length in Gen.Choose(1, 3)
        from letters in Gen.ArrayOf(Gen.Elements(UnitLetters.ToCharArray()), length)
        select new string(letters);

    /// <summary>One word, or a compound of two or three joined with "/", "·" or "*" (as written; "／" and "•" fold).</summary>
    private static Gen<(string Written, string Normalised)> UnitTexts =>
        from first in UnitWord
        from count in Gen.Choose(0, 2)
        from rest in Gen.ArrayOf(
            from separator in Gen.Elements(("/", "/"), ("／", "/"), ("·", "·"), ("•", "·"), ("*", "*"))
            from word in UnitWord
            select (Written: separator.Item1 + word, Normalised: separator.Item2 + word), count)
        select (first + string.Concat(rest.Select(r => r.Written)), first + string.Concat(rest.Select(r => r.Normalised)));

    [Fact]
    public void A_generated_number_with_a_generated_unit_text_reads_back_as_that_number_and_unit()
    {
        var prefixes = new (string Written, TargetOperator Op)[]
        {
            ("", TargetOperator.Equal), ("≥", TargetOperator.AtLeast), (">=", TargetOperator.AtLeast), ("＞＝", TargetOperator.AtLeast),
            ("不低于", TargetOperator.AtLeast), ("≤", TargetOperator.AtMost), ("<= ", TargetOperator.AtMost), ("＜＝", TargetOperator.AtMost),
            ("不超过 ", TargetOperator.AtMost), ("＞", TargetOperator.GreaterThan), ("<", TargetOperator.LessThan),
        };
        var cases =
            from prefix in Gen.Elements(prefixes)
            from number in Numbers
            from unit in UnitTexts
            from space in Gen.Elements("", " ", "\u3000")
            select (prefix, number, unit, space);

        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var value = TargetValueParser.Parse($"{c.prefix.Written}{c.number.ToString(CultureInfo.InvariantCulture)}{c.space}{c.unit.Written}");
            var again = TargetValueParser.Parse($"1{c.unit.Normalised}");
            return value.IsQuantitative
                && value.Operator == c.prefix.Op
                && value.Numbers.SequenceEqual([c.number])
                && value.WrittenUnit == c.unit.Normalised
                && value.Unit is not null && value.Unit.IsCompatibleWith(again.Unit)
                && (UnitCatalog.IsKnown(c.unit.Normalised) || value.Unit.Symbol.Replace('*', '·') == CanonicalCompound(c.unit.Normalised));
        }));
    }

    [Fact]
    public void Money_per_anything_is_kept_in_ten_thousand_yuan_per_that_unit()
    {
        var cases = from number in Numbers from unit in UnitWord select (number, unit);

        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var value = TargetValueParser.Parse($"≤{c.number.ToString(CultureInfo.InvariantCulture)}元/{c.unit}");
            var perUnit = UnitCatalog.TryFind(c.unit, out var known, out _) ? known.Symbol : c.unit;
            return value.Operator == TargetOperator.AtMost
                && value.Number == c.number * 0.0001m
                && value.Unit?.Symbol == $"万元/{perUnit}"
                && value.WrittenUnit == $"元/{c.unit}";
        }));
    }

    /// <summary>The symbol a compound of catalogue-neutral words must get: "/" once, every other joint "·".</summary>
    private static string CanonicalCompound(string normalised)
    {
        var parts = normalised.Split('/', 2);
        var numerator = string.Join("·", parts[0].Split('·', '*').Select(Canonical));
        return parts.Length == 1 ? numerator : numerator + "/" + string.Join("·", parts[1].Split('/', '·', '*').Select(Canonical));
    }

    private static string Canonical(string word) => UnitCatalog.TryFind(word, out var unit, out _) ? unit.Symbol : word;
}
