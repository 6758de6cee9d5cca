using System.Text;

namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Reads the unit text after a number. Any short unit word is a unit: the catalogue's spellings get their canonical
/// unit and factor ("亿元", "㎡", "百分比"), others are kept as written ("个园区", "吨标准煤"); compounds join parts with
/// "/", "·" or "*" ("元/人·年", "次/月", "人*天") and each part is read the same way. Longer text is a sentence, not a
/// unit, and makes the value qualitative. The input is already normalised (<see cref="TextNormalizer"/>).
/// </summary>
internal static class UnitTextReader
{
    /// <summary>The longest unit word read without the catalogue: "个产业园区", "家规上企业".</summary>
    public const int MaxWordLength = 6;

    private const int MaxParts = 4;

    private static readonly (string Word, decimal Factor)[] Scales =
    [
        ("万亿", 1_000_000_000_000m), ("千万", 10_000_000m), ("百万", 1_000_000m), ("亿", 100_000_000m), ("万", 10_000m),
    ];

    /// <summary>Words that make text a phrase rather than the name of a unit ("年完成建设", "个的").</summary>
    private static readonly string[] PhraseWords =
    [
        "的", "和", "与", "并", "对", "为", "将", "把", "被", "使", "从", "等", "完成", "实现", "开展", "提升", "提高", "推进",
        "达到", "提供", "增长", "下降", "减少", "增加",
    ];

    /// <summary>
    /// The unit of <paramref name="text"/>: <paramref name="scale"/> for a leading 万/亿 ("万平方米"), the unit (null when
    /// the text is only a scale or empty), its written spelling (without the scale) and the factor into the canonical
    /// unit. False when the text is not a unit.
    /// </summary>
    public static bool TryRead(
        ReadOnlySpan<char> text, out MeasureUnit? unit, out string? written, out decimal scale, out decimal factor, out bool catalogued)
    {
        unit = null;
        written = null;
        scale = 1m;
        factor = 1m;
        catalogued = true;
        if (text.IsEmpty)
        {
            return true;
        }

        if (UnitCatalog.TryFind(text, out var known, out var knownFactor, out var spelling))
        {
            (unit, written, factor) = (known, spelling, knownFactor);
            return true;
        }

        var rest = text;
        if (StartsWithScale(text, out var scaleFactor, out var scaleLength))
        {
            scale = scaleFactor;
            rest = text[scaleLength..];
            if (rest.IsEmpty)
            {
                return true;
            }

            if (UnitCatalog.TryFind(rest, out known, out knownFactor, out spelling))
            {
                (unit, written, factor) = (known, spelling, knownFactor);
                return true;
            }
        }

        if (rest.IndexOfAny('/', '·', '*') >= 0)
        {
            return TryReadCompound(rest, out unit, out written, out factor, out catalogued);
        }

        if (!IsUnitWord(rest))
        {
            return false;
        }

        written = rest.ToString();
        unit = new MeasureUnit(written, UnitDimension.Other);
        catalogued = false;
        return true;
    }

    /// <summary>A unit word the catalogue does not list: a few letters, no digits after CJK, no phrase words.</summary>
    public static bool IsUnitWord(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxWordLength)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var letter = char.IsLetter(ch) || ch is '²' or '³' or '%' or '‰'

                // "km2", "m3": a digit may follow a Latin letter.
                || (char.IsAsciiDigit(ch) && i > 0 && char.IsAsciiLetter(text[i - 1]));
            if (!letter)
            {
                return false;
            }
        }

        foreach (var word in PhraseWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The denominator of a "每…" label ("每月2次" → 次/月): the compound of <paramref name="numerator"/> per
    /// <paramref name="per"/>, and the factor the number must be divided by.
    /// </summary>
    public static bool TryPer(MeasureUnit numerator, string numeratorWritten, ReadOnlySpan<char> per, out MeasureUnit unit, out string written, out decimal divisor)
    {
        unit = numerator;
        written = numeratorWritten;
        divisor = 1m;
        if (!ReadPart(per, out var symbol, out var perFactor, out _))
        {
            return false;
        }

        divisor = perFactor;
        unit = new MeasureUnit($"{numerator.Symbol}/{symbol}", UnitDimension.Compound);
        written = $"{numeratorWritten}/{per}";
        return true;
    }

    public static bool StartsWithScale(ReadOnlySpan<char> text, out decimal factor, out int length)
    {
        foreach (var (word, f) in Scales)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                factor = f;
                length = word.Length;
                return true;
            }
        }

        factor = 1m;
        length = 0;
        return false;
    }

    /// <summary>
    /// "元/人·年" → 万元/人·年 with factor 0.0001. Parts before the first "/" multiply (numerator), parts after it divide
    /// ("元/人/年" is 元/(人·年)); the symbol joins canonical parts with "·" on each side of one "/".
    /// </summary>
    private static bool TryReadCompound(ReadOnlySpan<char> text, out MeasureUnit? unit, out string? written, out decimal factor, out bool catalogued)
    {
        unit = null;
        written = null;
        factor = 1m;
        catalogued = true;
        var symbol = new StringBuilder(text.Length + 2);
        var inDenominator = false;
        var partsInSide = 0;
        var parts = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('/' or '·' or '*'))
            {
                continue;
            }

            if (++parts > MaxParts || !ReadPart(text[start..i], out var partSymbol, out var partFactor, out var partKnown))
            {
                return false;
            }

            catalogued &= partKnown;
            symbol.Append(partsInSide++ == 0 ? "" : "·").Append(partSymbol);
            factor = inDenominator ? factor / partFactor : factor * partFactor;
            if (i < text.Length && text[i] == '/' && !inDenominator)
            {
                inDenominator = true;
                partsInSide = 0;
                symbol.Append('/');
            }

            start = i + 1;
        }

        written = text.ToString();
        unit = new MeasureUnit(symbol.ToString(), UnitDimension.Compound);
        return true;
    }

    private static bool ReadPart(ReadOnlySpan<char> part, out string symbol, out decimal factor, out bool known)
    {
        if (UnitCatalog.TryFind(part, out var unit, out factor))
        {
            symbol = unit.Symbol;
            known = true;
            return true;
        }

        symbol = part.ToString();
        factor = 1m;
        known = false;
        return IsUnitWord(part);
    }
}
