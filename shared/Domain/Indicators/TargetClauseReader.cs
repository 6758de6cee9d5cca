using System.Globalization;

namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Hand-written scanner for one clause of a 指标值: [status] [operator | label operator] number [scale] [unit]
/// [- number [scale] [unit]] [以上/以内/左右] [status]. No regular expressions: the parser is benchmarked per indicator.
/// The input is already normalised (<see cref="TextNormalizer"/>).
/// </summary>
internal static class TargetClauseReader
{
    private const int MaxDigits = 20;

    public static TargetClause Read(ReadOnlySpan<char> c)
    {
        var clause = new TargetClause();
        var p = 0;

        // Only 已…/未…/尚… open a clause as a status: a bare "完成" opens labels such as "完成率100%".
        if (OperatorWords.TryMatchStatusAtStart(c, out var startStatus, out var statusLength) && c[0] is '已' or '未' or '尚')
        {
            clause.Status = startStatus;
            p = statusLength;
        }

        TargetOperator? prefixOp = null;
        var control = false;
        if (OperatorWords.TryMatchPrefix(c[p..], out var op, out var opLength))
        {
            prefixOp = op;
            p += opLength;
        }
        else if (c[p..].StartsWith(OperatorWords.ControlWord, StringComparison.Ordinal))
        {
            control = true;
            p += OperatorWords.ControlWord.Length;
        }

        var d = p;
        while (d < c.Length && !char.IsAsciiDigit(c[d]))
        {
            d++;
        }

        if (d == c.Length)
        {
            return clause;
        }

        var negative = false;
        if (d > p)
        {
            var label = c[p..d];
            if (label is "-")
            {
                negative = true;
            }
            else if (!ReadLabel(label, clause, ref prefixOp, ref control))
            {
                return clause;
            }
        }

        var i = d;
        if (!ReadNumber(c, ref i, out var first, clause))
        {
            return clause;
        }

        var firstNumberEnd = i;
        decimal? second = null;
        var firstUnitEnd = -1;
        var rangeSeparator = FindRangeSeparator(c, i);
        if (rangeSeparator >= 0)
        {
            firstUnitEnd = rangeSeparator;
            var j = rangeSeparator + 1;
            if (!ReadNumber(c, ref j, out var upper, clause))
            {
                return clause;
            }

            second = upper;
            i = j;
        }

        var rest = c[i..];
        if (OperatorWords.TryMatchStatusAtEnd(rest, out var endStatus, out var endLength) && rest.Length > endLength)
        {
            clause.Status = endStatus;
            rest = rest[..^endLength];
        }

        TargetOperator? suffixOp = null;
        var hasSuffix = OperatorWords.TryMatchSuffix(rest, out suffixOp, out var suffixLength);
        if (hasSuffix)
        {
            rest = rest[..^suffixLength];
        }

        if (!ReadUnit(rest, clause, out var scale, out var factor))
        {
            return clause;
        }

        var firstFactor = factor;
        var firstScale = scale;
        if (firstUnitEnd >= 0)
        {
            var firstUnitText = c[firstNumberEnd..firstUnitEnd];
            if (!firstUnitText.IsEmpty)
            {
                var firstReading = new TargetClause();
                if (!ReadUnit(firstUnitText, firstReading, out firstScale, out firstFactor))
                {
                    return clause;
                }

                if (clause.Unit is not null && firstReading.Unit is not null && !clause.Unit.IsCompatibleWith(firstReading.Unit))
                {
                    clause.Note($"区间两端单位不一致（“{firstUnitText}”与“{clause.WrittenUnit}”）");
                    return clause;
                }

                if (firstReading.Unit is null)
                {
                    // A bare scale on the lower bound ("5000万-1亿元", "1万-2万人") counts in the upper bound's base
                    // unit: 元 for "亿元", so the lower bound is 5000 × 10⁴ 元 = 5000 万元.
                    firstFactor = BaseFactor(clause.WrittenUnit, factor);
                }

                clause.Unit ??= firstReading.Unit;
                clause.WrittenUnit ??= firstReading.WrittenUnit;
            }
        }

        try
        {
            clause.First = (negative ? -first : first) * firstScale * firstFactor;
            clause.Second = second is null ? null : second.Value * scale * factor;
            if (clause.PerUnit is { } per)
            {
                ApplyPer(clause, per);
            }
        }
        catch (OverflowException)
        {
            clause.Note("数值过大，无法换算");
            return clause;
        }

        clause.Operator = CombineOperators(prefixOp, control, hasSuffix ? suffixOp : null, second is not null, clause);
        if (clause.Operator == TargetOperator.Range && clause.Second < clause.First)
        {
            clause.Note("区间下限大于上限，已按从小到大读取");
            (clause.First, clause.Second) = (clause.Second!.Value, clause.First);
        }

        clause.IsQuantitative = true;
        return clause;
    }

    /// <summary>Words before the number: a label, possibly ending in an operator ("拜访企业数量不少于").</summary>
    private static bool ReadLabel(ReadOnlySpan<char> label, TargetClause clause, ref TargetOperator? prefixOp, ref bool control)
    {
        if (label.IndexOfAny(",.;:!?()“”\"《》<>[]【】") >= 0 && !(label.Length == 1 && label[0] is '<' or '>'))
        {
            return false;
        }

        if (prefixOp is null && !control)
        {
            if (OperatorWords.TryMatchAtEnd(label, out var op, out var length))
            {
                prefixOp = op;
                label = label[..^length];
            }
            else if (label.EndsWith(OperatorWords.ControlWord, StringComparison.Ordinal))
            {
                control = true;
                label = label[..^OperatorWords.ControlWord.Length];
            }
        }

        // "每月2次", "每人每年不超过35元" (the last 每 names the period): a rate, not a label.
        if (label.Length >= 2 && label[0] == '每' && label.LastIndexOf('每') == 0
            && (UnitCatalog.IsKnown(label[1..]) || UnitTextReader.IsUnitWord(label[1..])))
        {
            clause.PerUnit = label[1..].ToString();
            return true;
        }

        if (!label.IsEmpty)
        {
            clause.Label = label.ToString();
            clause.Note($"指标值前的文字“{clause.Label}”视为说明，按其后的数值读取");
        }

        return true;
    }

    private static void ApplyPer(TargetClause clause, string per)
    {
        if (clause.Unit is not null && clause.WrittenUnit is not null
            && UnitTextReader.TryPer(clause.Unit, clause.WrittenUnit, per, out var unit, out var written, out var divisor) && divisor != 0m)
        {
            clause.Unit = unit;
            clause.WrittenUnit = written;
            clause.First /= divisor;
            clause.Second /= divisor;
            return;
        }

        // "每年2": no unit to make a rate of, so the words stay a label.
        clause.Label = "每" + per;
        clause.Note($"指标值前的文字“{clause.Label}”视为说明，按其后的数值读取");
    }

    /// <summary>Digits with optional thousands separators ("3,345.75") and one decimal point.</summary>
    private static bool ReadNumber(ReadOnlySpan<char> c, ref int i, out decimal value, TargetClause clause)
    {
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        var n = 0;
        var seenDot = false;
        value = 0m;
        while (i < c.Length)
        {
            var ch = c[i];
            if (char.IsAsciiDigit(ch))
            {
                if (n == buffer.Length)
                {
                    clause.Note("数字位数过多，无法读取");
                    return false;
                }

                buffer[n++] = ch;
                i++;
            }
            else if (ch == ',' && !seenDot && n > 0 && IsThousandsGroup(c, i))
            {
                i++;
            }
            else if (ch == '.' && !seenDot && i + 1 < c.Length && char.IsAsciiDigit(c[i + 1]))
            {
                if (n == buffer.Length)
                {
                    return false;
                }

                seenDot = true;
                buffer[n++] = '.';
                i++;
            }
            else
            {
                break;
            }
        }

        return n > 0 && decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A comma followed by exactly three digits is a thousands separator, not a clause break.</summary>
    internal static bool IsThousandsGroup(ReadOnlySpan<char> c, int comma) =>
        comma > 0 && char.IsAsciiDigit(c[comma - 1])
        && comma + 3 < c.Length && char.IsAsciiDigit(c[comma + 1]) && char.IsAsciiDigit(c[comma + 2])
        && char.IsAsciiDigit(c[comma + 3]) && (comma + 4 == c.Length || !char.IsAsciiDigit(c[comma + 4]));

    /// <summary>A "-", "~", "至" or "到" after an optional unit and before a digit opens a range ("1-2个", "80%-90%").</summary>
    private static int FindRangeSeparator(ReadOnlySpan<char> c, int from)
    {
        var limit = Math.Min(c.Length - 1, from + Math.Max(UnitCatalog.MaxSpellingLength, UnitTextReader.MaxWordLength) + 2);
        for (var k = from; k < limit; k++)
        {
            if (c[k] is '-' or '~' or '至' or '到' && char.IsAsciiDigit(c[k + 1]))
            {
                var between = c[from..k];
                return between.IsEmpty || UnitCatalog.IsKnown(between) || UnitTextReader.StartsWithScale(between, out _, out _)
                    || UnitTextReader.IsUnitWord(between) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Trailing unit text (<see cref="UnitTextReader"/>); false when it is a sentence rather than a unit.</summary>
    private static bool ReadUnit(ReadOnlySpan<char> text, TargetClause clause, out decimal scale, out decimal factor)
    {
        if (!UnitTextReader.TryRead(text, out var unit, out var written, out scale, out factor, out var catalogued))
        {
            return false;
        }

        if (unit is not null)
        {
            clause.Unit = unit;
            clause.WrittenUnit = written;
            if (!catalogued)
            {
                clause.Note($"单位“{written}”不在常用单位表中，按原文保留");
            }
        }

        return true;
    }

    private static decimal BaseFactor(string? writtenUnit, decimal factor)
    {
        if (writtenUnit is not null && UnitTextReader.StartsWithScale(writtenUnit, out _, out var length)
            && UnitCatalog.TryFind(writtenUnit.AsSpan(length), out _, out var baseFactor))
        {
            return baseFactor;
        }

        return factor;
    }

    private static TargetOperator CombineOperators(
        TargetOperator? prefix, bool control, TargetOperator? suffix, bool isRange, TargetClause clause)
    {
        if (isRange)
        {
            if (prefix is not null || suffix is not null)
            {
                clause.Note("区间前后的比较词已忽略，按区间读取");
            }

            return TargetOperator.Range;
        }

        if (prefix is not null && suffix is not null && prefix != suffix
            && !(prefix == TargetOperator.Approximately || suffix == TargetOperator.Approximately))
        {
            clause.Note("指标值前后的比较词相互矛盾，按前面的比较词读取");
        }

        return prefix ?? suffix ?? (control ? TargetOperator.AtMost : TargetOperator.Equal);
    }
}
