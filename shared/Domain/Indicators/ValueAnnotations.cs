namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// What forms write around a target value rather than in it: the template's placeholder left in front
/// ("(≥**个)≥12个"), a trailing bracketed annotation ("≥85（百分比）", "≥12个（含新建）"), and "(含)" marks that only
/// repeat that 以上/以下 include the number ("90%（含）以上"). Works on normalised text (<see cref="TextNormalizer"/>).
/// </summary>
internal static class ValueAnnotations
{
    private const string PlaceholderChars = "*×Xx□_?？";

    /// <summary>Removes "(含)" and "(含本数)" in place; returns the new length.</summary>
    public static int RemoveInclusiveMarks(Span<char> text)
    {
        var length = text.Length;
        for (var i = 0; i + 2 < length; i++)
        {
            if (text[i] != '(' || text[i + 1] != '含')
            {
                continue;
            }

            var close = text[(i + 2)..Math.Min(length, i + 6)].IndexOf(')');
            if (close < 0 || (close > 0 && !text.Slice(i + 2, close).SequenceEqual("本数")))
            {
                continue;
            }

            var end = i + 2 + close + 1;
            text[end..length].CopyTo(text[i..]);
            length -= end - i;
            i--;
        }

        return length;
    }

    /// <summary>Two or more placeholder characters in a row: "**", "××", "XX".</summary>
    public static bool ContainsPlaceholder(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (PlaceholderChars.Contains(text[i]) && PlaceholderChars.Contains(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bracketed placeholder opening the text with the real value after it: "(≥**个)" of "(≥**个)≥12个".</summary>
    public static bool TryStripLeadingPlaceholder(ref ReadOnlySpan<char> text, out string? placeholder)
    {
        placeholder = null;
        if (text.Length < 4 || text[0] != '(')
        {
            return false;
        }

        var close = text.IndexOf(')');
        if (close < 2 || close == text.Length - 1 || !ContainsPlaceholder(text[1..close]))
        {
            return false;
        }

        placeholder = text[..(close + 1)].ToString();
        text = text[(close + 1)..].TrimStart(",;:、");
        return true;
    }

    /// <summary>
    /// Splits a trailing "(…)" off <paramref name="text"/>; a text wholly in brackets is unwrapped instead.
    /// Returns the annotation (empty when there is none).
    /// </summary>
    public static ReadOnlySpan<char> SplitTrailing(ref ReadOnlySpan<char> text, ReadOnlySpan<char> trailingPunctuation)
    {
        if (text.Length < 3 || text[^1] != ')')
        {
            return default;
        }

        var open = text.LastIndexOf('(');
        if (open < 0)
        {
            return default;
        }

        if (open == 0)
        {
            text = text[1..^1];
            return default;
        }

        var annotation = text[(open + 1)..^1];
        text = text[..open].TrimEnd(trailingPunctuation);
        return annotation;
    }

    /// <summary>
    /// A quantitative value with its trailing annotation applied: a status ("已完成"), the unit of a unit-less number
    /// ("≥85（百分比）"), or otherwise a remark kept beside the value.
    /// </summary>
    public static TargetValue Apply(TargetValue value, ReadOnlySpan<char> annotation)
    {
        var text = annotation.ToString();
        if (value.Status == CompletionStatus.None && OperatorWords.TryMatchWholeStatus(annotation, out var status))
        {
            return value with { Status = status };
        }

        if (UnitCatalog.TryFind(annotation, out var unit, out var factor, out var spelling))
        {
            if (value.Unit is null)
            {
                try
                {
                    return value with
                    {
                        Numbers = [.. value.Numbers.Select(n => n * factor)],
                        Unit = unit,
                        WrittenUnit = spelling,
                        UnitSource = UnitSource.Value,
                        Notes = [.. value.Notes, $"括号内注明单位“{text}”，按此单位读取"],
                    };
                }
                catch (OverflowException)
                {
                    return value with { Notes = [.. value.Notes, "数值过大，无法按单位换算"] };
                }
            }

            if (unit.IsCompatibleWith(value.Unit))
            {
                return value;
            }
        }

        return value with
        {
            Remark = value.Remark is null ? text : $"{value.Remark}；{text}",
            Notes = [.. value.Notes, $"括号内的文字“{text}”视为补充说明，未参与计算"],
        };
    }
}
