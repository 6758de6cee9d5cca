using System.Buffers;

namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// The comparison words of indicator cells, longest first so "不少于" wins over "少于" and "及以上" over "以上".
/// 以上 / 以下 / 以内 include the number (民法典 第1259条), hence ≥ / ≤ rather than &gt; / &lt;.
/// </summary>
internal static class OperatorWords
{
    /// <summary>"控制在" alone means ≤ ("控制在90万元"); with a suffix the suffix decides ("控制在90%以上").</summary>
    public const string ControlWord = "控制在";

    private static readonly (string Word, TargetOperator Op)[] Prefixes = Sort(
    [
        ("≥", TargetOperator.AtLeast), (">=", TargetOperator.AtLeast), ("大于等于", TargetOperator.AtLeast),
        ("大于或等于", TargetOperator.AtLeast), ("不少于", TargetOperator.AtLeast), ("不低于", TargetOperator.AtLeast),
        ("不小于", TargetOperator.AtLeast), ("不得少于", TargetOperator.AtLeast), ("不得低于", TargetOperator.AtLeast),
        ("至少", TargetOperator.AtLeast), ("最少", TargetOperator.AtLeast),
        (">", TargetOperator.GreaterThan), ("超过", TargetOperator.GreaterThan), ("大于", TargetOperator.GreaterThan),
        ("高于", TargetOperator.GreaterThan), ("多于", TargetOperator.GreaterThan), ("超出", TargetOperator.GreaterThan),
        ("≤", TargetOperator.AtMost), ("<=", TargetOperator.AtMost), ("小于等于", TargetOperator.AtMost),
        ("小于或等于", TargetOperator.AtMost), ("不超过", TargetOperator.AtMost), ("不高于", TargetOperator.AtMost),
        ("不大于", TargetOperator.AtMost), ("不多于", TargetOperator.AtMost), ("不得超过", TargetOperator.AtMost),
        ("不得高于", TargetOperator.AtMost), ("不超", TargetOperator.AtMost), ("至多", TargetOperator.AtMost),
        ("最多", TargetOperator.AtMost),
        ("<", TargetOperator.LessThan), ("少于", TargetOperator.LessThan), ("低于", TargetOperator.LessThan),
        ("小于", TargetOperator.LessThan), ("不足", TargetOperator.LessThan),
        ("≈", TargetOperator.Approximately), ("约", TargetOperator.Approximately), ("大约", TargetOperator.Approximately),
        ("约为", TargetOperator.Approximately), ("近", TargetOperator.Approximately),
        ("=", TargetOperator.Equal), ("等于", TargetOperator.Equal), ("达到", TargetOperator.Equal),

        // Spellings seen in filings from other provinces: reversed ASCII pairs and "should"/"must" forms.
        ("=>", TargetOperator.AtLeast), ("=<", TargetOperator.AtMost), ("高于或等于", TargetOperator.AtLeast),
        ("多于或等于", TargetOperator.AtLeast), ("不得小于", TargetOperator.AtLeast), ("不应低于", TargetOperator.AtLeast),
        ("不应少于", TargetOperator.AtLeast), ("应不低于", TargetOperator.AtLeast), ("应不少于", TargetOperator.AtLeast),
        ("最低不少于", TargetOperator.AtLeast), ("最低不低于", TargetOperator.AtLeast),
        ("低于或等于", TargetOperator.AtMost), ("少于或等于", TargetOperator.AtMost), ("不得大于", TargetOperator.AtMost),
        ("不应超过", TargetOperator.AtMost), ("应不超过", TargetOperator.AtMost), ("不应高于", TargetOperator.AtMost),
        ("最高不超过", TargetOperator.AtMost), ("最多不超过", TargetOperator.AtMost),
    ]);

    private static readonly (string Word, TargetOperator? Op)[] Suffixes = Sort<TargetOperator?>(
    [
        ("及以上", TargetOperator.AtLeast), ("或以上", TargetOperator.AtLeast), ("以上", TargetOperator.AtLeast),
        ("及以下", TargetOperator.AtMost), ("或以下", TargetOperator.AtMost), ("以下", TargetOperator.AtMost),
        ("以内", TargetOperator.AtMost), ("之内", TargetOperator.AtMost), ("内", TargetOperator.AtMost),
        ("左右", TargetOperator.Approximately),
        ("或更高", TargetOperator.AtLeast), ("及更高", TargetOperator.AtLeast), ("或更多", TargetOperator.AtLeast),
        ("或更低", TargetOperator.AtMost), ("或更少", TargetOperator.AtMost),

        // "1-2个之间": the range says it already.
        ("之间", null),
    ]);

    private static readonly (string Word, CompletionStatus Status)[] StatusWords = Sort(
    [
        ("已完成", CompletionStatus.Completed), ("完成", CompletionStatus.Completed),
        ("已全部完成", CompletionStatus.Completed), ("全部完成", CompletionStatus.Completed),
        ("已完成建设", CompletionStatus.Completed), ("已达成", CompletionStatus.Completed),
        ("基本完成", CompletionStatus.InProgress), ("进行中", CompletionStatus.InProgress),
        ("推进中", CompletionStatus.InProgress), ("正在推进", CompletionStatus.InProgress),
        ("实施中", CompletionStatus.InProgress),
        ("未完成", CompletionStatus.NotCompleted), ("尚未完成", CompletionStatus.NotCompleted),
    ]);

    // Most texts open and close with a digit, a unit or a plain word: one character test rules a word list out before
    // it is walked (the parser is benchmarked per value).
    private static readonly SearchValues<char> PrefixFirst = SearchValues.Create([.. Prefixes.Select(p => p.Word[0]).Distinct()]);
    private static readonly SearchValues<char> PrefixLast = SearchValues.Create([.. Prefixes.Select(p => p.Word[^1]).Distinct()]);
    private static readonly SearchValues<char> SuffixLast = SearchValues.Create([.. Suffixes.Select(p => p.Word[^1]).Distinct()]);
    private static readonly SearchValues<char> StatusFirst = SearchValues.Create([.. StatusWords.Select(p => p.Word[0]).Distinct()]);
    private static readonly SearchValues<char> StatusLast = SearchValues.Create([.. StatusWords.Select(p => p.Word[^1]).Distinct()]);

    public static bool TryMatchPrefix(ReadOnlySpan<char> text, out TargetOperator op, out int length)
    {
        op = default;
        length = 0;
        if (text.IsEmpty || !PrefixFirst.Contains(text[0]))
        {
            return false;
        }

        foreach (var (word, o) in Prefixes)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                op = o;
                length = word.Length;
                return true;
            }
        }

        op = default;
        length = 0;
        return false;
    }

    /// <summary>An operator word ending a label: "拜访企业数量不少于" before "3家".</summary>
    public static bool TryMatchAtEnd(ReadOnlySpan<char> text, out TargetOperator op, out int length)
    {
        op = default;
        length = 0;
        if (text.IsEmpty || !PrefixLast.Contains(text[^1]))
        {
            return false;
        }

        foreach (var (word, o) in Prefixes)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                op = o;
                length = word.Length;
                return true;
            }
        }

        op = default;
        length = 0;
        return false;
    }

    /// <summary>A trailing 以上 / 以内 / 左右 …; <paramref name="op"/> is null for words that only close a range.</summary>
    public static bool TryMatchSuffix(ReadOnlySpan<char> text, out TargetOperator? op, out int length)
    {
        op = null;
        length = 0;
        if (text.IsEmpty || !SuffixLast.Contains(text[^1]))
        {
            return false;
        }

        foreach (var (word, o) in Suffixes)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                op = o;
                length = word.Length;
                return true;
            }
        }

        op = null;
        length = 0;
        return false;
    }

    public static bool TryMatchWholeStatus(ReadOnlySpan<char> text, out CompletionStatus status)
    {
        status = CompletionStatus.None;
        if (text.IsEmpty || !StatusFirst.Contains(text[0]))
        {
            return false;
        }

        foreach (var (word, s) in StatusWords)
        {
            if (text.SequenceEqual(word))
            {
                status = s;
                return true;
            }
        }

        status = CompletionStatus.None;
        return false;
    }

    public static bool TryMatchStatusAtStart(ReadOnlySpan<char> text, out CompletionStatus status, out int length)
    {
        status = CompletionStatus.None;
        length = 0;
        if (text.IsEmpty || !StatusFirst.Contains(text[0]))
        {
            return false;
        }

        foreach (var (word, s) in StatusWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                status = s;
                length = word.Length;
                return true;
            }
        }

        status = CompletionStatus.None;
        length = 0;
        return false;
    }

    public static bool TryMatchStatusAtEnd(ReadOnlySpan<char> text, out CompletionStatus status, out int length)
    {
        status = CompletionStatus.None;
        length = 0;
        if (text.IsEmpty || !StatusLast.Contains(text[^1]))
        {
            return false;
        }

        foreach (var (word, s) in StatusWords)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                status = s;
                length = word.Length;
                return true;
            }
        }

        status = CompletionStatus.None;
        length = 0;
        return false;
    }

    private static (string, T)[] Sort<T>((string Word, T Value)[] words) =>
        [.. words.OrderByDescending(w => w.Word.Length)];
}
