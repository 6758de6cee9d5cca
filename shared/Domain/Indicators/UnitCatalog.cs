using System.Collections.Frozen;

namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// What the system knows about units: spellings mapped to a canonical <see cref="MeasureUnit"/> and the factor that
/// converts a written amount into it (亿元 → 万元 × 10,000, ㎡ and 平米 → 平方米, 百分比 → %). The catalogue only adds
/// knowledge: a unit it does not list is still a unit, kept as written (<see cref="UnitTextReader"/>).
/// Lookups are on spans so the parser allocates nothing here.
/// </summary>
public static class UnitCatalog
{
    private static readonly FrozenDictionary<string, (MeasureUnit Unit, decimal Factor, string Spelling)> Units = Build();

    private static readonly FrozenDictionary<string, (MeasureUnit Unit, decimal Factor, string Spelling)>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest unit spelling in the catalogue; longer trailing text cannot be a known unit.</summary>
    public static int MaxSpellingLength { get; } = Units.Keys.Max(k => k.Length);

    /// <summary>Finds a written unit (the whole span must match, e.g. "亿元", "个工作日", "㎡").</summary>
    public static bool TryFind(ReadOnlySpan<char> written, out MeasureUnit unit, out decimal factorToCanonical) =>
        TryFind(written, out unit, out factorToCanonical, out _);

    /// <summary>
    /// As <see cref="TryFind(ReadOnlySpan{char}, out MeasureUnit, out decimal)"/>, and hands back the catalogue's own
    /// string for the spelling, so a parser can keep the written unit without allocating a copy of it.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> written, out MeasureUnit unit, out decimal factorToCanonical, out string spelling)
    {
        if (!written.IsEmpty && SpanLookup.TryGetValue(written, out var hit))
        {
            unit = hit.Unit;
            factorToCanonical = hit.Factor;
            spelling = hit.Spelling;
            return true;
        }

        unit = null!;
        factorToCanonical = 0m;
        spelling = "";
        return false;
    }

    public static bool IsKnown(ReadOnlySpan<char> written) => TryFind(written, out _, out _);

    private static FrozenDictionary<string, (MeasureUnit, decimal, string)> Build()
    {
        var d = new Dictionary<string, (MeasureUnit, decimal)>(StringComparer.Ordinal);

        void Same(UnitDimension dim, params string[] symbols)
        {
            foreach (var s in symbols)
            {
                d[s] = (new MeasureUnit(s, dim), 1m);
            }
        }

        void Alias(string written, MeasureUnit canonical, decimal factor) => d[written] = (canonical, factor);

        d["%"] = (MeasureUnit.Percent, 1m);
        Alias("百分比", MeasureUnit.Percent, 1m);
        Alias("‰", MeasureUnit.Percent, 0.1m);
        Alias("千分比", MeasureUnit.Percent, 0.1m);
        var point = new MeasureUnit("百分点", UnitDimension.PercentagePoint);
        Alias("百分点", point, 1m);
        Alias("个百分点", point, 1m);

        var wan = MeasureUnit.TenThousandYuan;
        Alias("元", wan, 0.0001m);
        Alias("千元", wan, 0.1m);
        Alias("万元", wan, 1m);
        Alias("百万元", wan, 100m);
        Alias("千万元", wan, 1000m);
        Alias("亿元", wan, 10000m);
        Same(UnitDimension.Money, "美元", "港元", "港币", "欧元");

        Same(UnitDimension.Count,
            "个", "家", "次", "场", "份", "件", "栋", "幢", "条", "人", "人次", "项", "期", "宗", "批", "篇", "本", "册",
            "户", "座", "台", "套", "处", "所", "名", "位", "辆", "部", "类", "款", "门", "家次", "场次", "户次", "轮",
            "间", "张", "棵", "株", "只", "头", "块", "层", "组", "支", "队", "届", "笔", "例", "起", "单", "课时",
            "学时", "个次", "份次", "项次", "批次", "车次", "架次", "艘", "所", "根", "盏", "个点");

        var workday = new MeasureUnit("工作日", UnitDimension.Duration);
        Alias("工作日", workday, 1m);
        Alias("个工作日", workday, 1m);
        var month = new MeasureUnit("月", UnitDimension.Duration);
        Alias("月", month, 1m);
        Alias("个月", month, 1m);
        var day = new MeasureUnit("日", UnitDimension.Duration);
        Alias("日", day, 1m);
        Alias("天", day, 1m);
        Alias("自然日", day, 1m);
        Alias("日历日", day, 1m);
        Alias("个自然日", day, 1m);
        var week = new MeasureUnit("周", UnitDimension.Duration);
        Alias("周", week, 1m);
        Alias("星期", week, 1m);
        Alias("个星期", week, 1m);
        var quarter = new MeasureUnit("季度", UnitDimension.Duration);
        Alias("季度", quarter, 1m);
        Alias("个季度", quarter, 1m);
        var hour = new MeasureUnit("小时", UnitDimension.Duration);
        Alias("小时", hour, 1m);
        Alias("个小时", hour, 1m);
        Alias("h", hour, 1m);
        Same(UnitDimension.Duration, "年", "分钟", "秒");

        var sqm = new MeasureUnit("平方米", UnitDimension.Area);
        Alias("平方米", sqm, 1m);
        Alias("㎡", sqm, 1m);
        Alias("m²", sqm, 1m);
        Alias("m2", sqm, 1m);
        Alias("平米", sqm, 1m);
        Alias("平方", sqm, 1m);
        Alias("km2", sqm, 1000000m);
        Alias("公顷", sqm, 10000m);
        Alias("平方公里", sqm, 1000000m);
        Alias("平方千米", sqm, 1000000m);
        Alias("km²", sqm, 1000000m);
        // 1 亩 = 2000/3 平方米 exactly; the decimal carries 28 digits, so 亩 and 公顷 targets compare without visible error.
        Alias("亩", sqm, 2000m / 3m);

        var metre = new MeasureUnit("米", UnitDimension.Length);
        Alias("米", metre, 1m);
        Alias("m", metre, 1m);
        Alias("公里", metre, 1000m);
        Alias("千米", metre, 1000m);
        Alias("km", metre, 1000m);
        Alias("厘米", metre, 0.01m);
        Alias("cm", metre, 0.01m);
        Alias("毫米", metre, 0.001m);
        Alias("mm", metre, 0.001m);

        var tonne = new MeasureUnit("吨", UnitDimension.Mass);
        Alias("吨", tonne, 1m);
        Alias("t", tonne, 1m);
        Alias("千克", tonne, 0.001m);
        Alias("公斤", tonne, 0.001m);
        Alias("kg", tonne, 0.001m);
        Alias("克", tonne, 0.000001m);
        Alias("g", tonne, 0.000001m);

        var kwh = new MeasureUnit("千瓦时", UnitDimension.Energy);
        Alias("千瓦时", kwh, 1m);
        Alias("度", kwh, 1m);
        Alias("kWh", kwh, 1m);
        Alias("kwh", kwh, 1m);
        Alias("兆瓦时", kwh, 1000m);
        Alias("MWh", kwh, 1000m);
        var kw = new MeasureUnit("千瓦", UnitDimension.Power);
        Alias("千瓦", kw, 1m);
        Alias("kW", kw, 1m);
        Alias("kw", kw, 1m);
        Alias("兆瓦", kw, 1000m);
        Alias("MW", kw, 1000m);

        var m3 = new MeasureUnit("立方米", UnitDimension.Volume);
        Alias("立方米", m3, 1m);
        Alias("m³", m3, 1m);
        Alias("m3", m3, 1m);
        Alias("立方", m3, 1m);
        Alias("升", m3, 0.001m);
        Alias("L", m3, 0.001m);

        return d.ToFrozenDictionary(e => e.Key, e => (e.Value.Item1, e.Value.Item2, e.Key), StringComparer.Ordinal);
    }
}
