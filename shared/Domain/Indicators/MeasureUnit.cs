namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// A canonical unit: 万元 for money in 人民币 (亿元 and 元 are converted into it), 平方米 for area, the measure word itself
/// for counts (个, 家, 次 …). Values with the same <see cref="Symbol"/> are comparable.
/// </summary>
public sealed record MeasureUnit(string Symbol, UnitDimension Dimension)
{
    public static MeasureUnit Percent { get; } = new("%", UnitDimension.Percent);

    public static MeasureUnit TenThousandYuan { get; } = new("万元", UnitDimension.Money);

    public bool IsCompatibleWith(MeasureUnit? other) => other is not null && other.Symbol == Symbol;

    public override string ToString() => Symbol;
}
