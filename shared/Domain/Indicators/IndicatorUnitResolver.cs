namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Resolves a unit-less 指标值 the way a reviewer would: first from the other target of the same indicator
/// (实施周期 "1" beside 年度 "1份"), then from the indicator's name — a bracketed unit ("年充电量提升幅度（%）",
/// "…数量 （个）"), a rate word ("…率", "增速", "幅度" → %), or a measure word before 数 ("座谈会次数" → 次).
/// The sibling goes first because it is what the department actually wrote for this very indicator:
/// "走访企业次数" with "不少于150家" counts 家, not 次.
/// </summary>
public static class IndicatorUnitResolver
{
    private static readonly string[] PercentEndings =
        ["率", "比例", "占比", "比重", "增速", "增幅", "幅度", "满意度", "百分比"];

    public static TargetValue Resolve(string? indicatorName, string? valueText, string? siblingValueText = null)
    {
        var value = TargetValueParser.Parse(valueText);

        // The sibling is parsed only when it can matter: most values carry their own unit.
        var sibling = value is { IsQuantitative: true, Unit: null } && siblingValueText is not null
            ? TargetValueParser.Parse(siblingValueText)
            : null;
        return Resolve(indicatorName, value, sibling);
    }

    public static TargetValue Resolve(string? indicatorName, TargetValue value, TargetValue? sibling)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsQuantitative)
        {
            return value;
        }

        if (value.Unit is not null)
        {
            if (indicatorName is null || !indicatorName.TrimEnd().EndsWith(')') && !indicatorName.TrimEnd().EndsWith('）'))
            {
                return value;
            }

            var named = UnitFromName(indicatorName, out var bracketed);
            if (bracketed && named is not null && !named.Value.Unit.IsCompatibleWith(value.Unit))
            {
                return value with
                {
                    Notes = [.. value.Notes, $"指标名称注明单位“{named.Value.Written}”，与指标值单位“{value.WrittenUnit}”不一致"],
                };
            }

            return value;
        }

        if (sibling is { IsQuantitative: true, Unit: not null, WrittenUnit: not null })
        {
            return Apply(value, sibling.Unit, sibling.WrittenUnit, UnitSource.SiblingValue, "同一指标的另一指标值");
        }

        var fromName = UnitFromName(indicatorName, out _);
        if (fromName is not null)
        {
            return Apply(value, fromName.Value.Unit, fromName.Value.Written, UnitSource.IndicatorName, "指标名称");
        }

        return value;
    }

    /// <summary>The unit an indicator's name implies, if any; <paramref name="bracketed"/> when written in brackets.</summary>
    public static (MeasureUnit Unit, string Written)? UnitFromName(string? indicatorName, out bool bracketed)
    {
        bracketed = false;
        if (string.IsNullOrWhiteSpace(indicatorName))
        {
            return null;
        }

        var name = TextNormalizer.Normalize(indicatorName).AsSpan().TrimEnd("。.:");
        if (name.EndsWith(")"))
        {
            var open = name.LastIndexOf('(');
            if (open >= 0)
            {
                var inside = name[(open + 1)..^1];
                if (UnitCatalog.TryFind(inside, out var unit, out _))
                {
                    bracketed = true;
                    return (unit, inside.ToString());
                }

                // "人均运维成本（元/人·年）": a compound unit in brackets, but not the "(是/否)" of a yes/no indicator.
                if (inside.IndexOfAny('/', '·', '*') >= 0 && !(inside.Contains('是') && inside.Contains('否'))
                    && UnitTextReader.TryRead(inside, out var compound, out var written, out var scale, out _, out _)
                    && compound is not null && scale == 1m)
                {
                    bracketed = true;
                    return (compound, written!);
                }

                // "(是/否)" marks a yes/no indicator: no unit to find, and the words before the bracket are not one.
                return null;
            }
        }

        foreach (var ending in PercentEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return (MeasureUnit.Percent, "%");
            }
        }

        // "座谈会次数", "从业人数", "培训人次数": the measure word just before 数.
        if (name.Length >= 2 && name[^1] == '数')
        {
            for (var length = Math.Min(3, name.Length - 1); length >= 1; length--)
            {
                var word = name[^(length + 1)..^1];
                if (UnitCatalog.TryFind(word, out var unit, out _) && unit.Dimension == UnitDimension.Count)
                {
                    return (unit, word.ToString());
                }
            }
        }

        return null;
    }

    private static TargetValue Apply(TargetValue value, MeasureUnit unit, string written, UnitSource source, string where)
    {
        // The factor into the canonical unit: 亿元 → 万元 × 10,000, 元/人·年 → 万元/人·年 × 0.0001.
        if (!UnitTextReader.TryRead(written, out _, out _, out var scale, out var factor, out _))
        {
            (scale, factor) = (1m, 1m);
        }

        factor *= scale;

        decimal[] numbers;
        try
        {
            numbers = [.. value.Numbers.Select(n => n * factor)];
        }
        catch (OverflowException)
        {
            return value with { Notes = [.. value.Notes, "数值过大，无法按单位换算"] };
        }

        return value with
        {
            Numbers = numbers,
            Unit = unit,
            WrittenUnit = written,
            UnitSource = source,
            Notes = [.. value.Notes, $"指标值未写单位，按{where}取单位“{written}”"],
        };
    }
}
