using System.Text;

namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Folds the look-alike characters Chinese forms mix freely (full-width digits and signs, ≧/≦, ideographic spaces)
/// into one spelling and drops whitespace, which never carries meaning inside an indicator cell.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                sb.Append(folded);
            }
        }

        return sb.ToString();
    }

    /// <summary>Folds into <paramref name="destination"/> (at least as long as the text); returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                destination[n++] = folded;
            }
        }

        return n;
    }

    /// <summary>The folded character, or '\0' to drop it.</summary>
    public static char Fold(char c)
    {
        if (c is >= '０' and <= '９')
        {
            return (char)('0' + (c - '０'));
        }

        return c switch
        {
            ' ' or '\t' or '\r' or '\n' or '\u3000' or '\u00A0' or '\u200B' => '\0',
            '％' => '%',
            // ≮ "not less than" and ≯ "not greater than" are how some templates write ≥ and ≤.
            '≧' or '⩾' or '≮' => '≥',
            '≦' or '⩽' or '≯' => '≤',
            '＞' => '>',
            '＜' => '<',
            '＝' => '=',
            '～' or '〜' => '~',
            '．' => '.',
            '；' => ';',
            '，' => ',',
            '：' => ':',
            '（' or '【' or '［' or '〔' => '(',
            '）' or '】' or '］' or '〕' => ')',
            '／' or '∕' => '/',
            '＊' => '*',

            // The middle dots of compound units ("元/人·年") come in several code points.
            '•' or '・' or '∙' or '⋅' or '･' => '·',
            '－' or '—' or '–' or '‐' => '-',
            '∽' or '≒' => '≈',
            _ => c,
        };
    }
}
