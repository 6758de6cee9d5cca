using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Rebuilds the 绩效指标 table of a declaration from PDF-copied text. Each row has three cells (三级指标,
/// 实施周期指标值, 年度指标值) that the PDF may wrap over several lines; 一级/二级 labels stand alone or lead a line.
/// Rows are rebuilt by choosing, among all ways to cut the fragments into cells, the one that best fits the
/// template's column widths (a wrapped fragment fills its column) and, where a value is written twice, makes the two
/// target cells equal. Fragments that fit no row are reported, not dropped.
/// </summary>
internal static partial class IndicatorTableReader
{
    private static readonly HashSet<string> Level1Labels = ["产出指标", "效益指标", "满意度指标", "成本指标"];

    private static readonly HashSet<string> Level2Labels =
    [
        "数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
        "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度指标", "服务对象满意度",
        "经济成本指标", "社会成本指标", "生态环境成本指标",
    ];

    private static readonly HashSet<string> NewerCostLevel2 = ["经济成本指标", "社会成本指标", "生态环境成本指标"];

    // Template column widths in TextWidth units: a fragment at least this wide was probably wrapped.
    private const int NameColumnFull = 24;
    private const int PeriodColumnFull = 24;
    private const int AnnualColumnFull = 18;
    private const int MaxFragmentsPerRow = 14;
    private const int MaxFragmentsPerSegment = 300;
    private const int NearlyFullSlack = 6;
    private const int UnplacedCost = 8;

    private sealed record Fragment(string Text, int Line, bool StartsLine)
    {
        public int Width { get; } = TextWidth.Of(Text);
    }

    public static IReadOnlyList<IndicatorEntry> Read(IReadOnlyList<string> lines, List<Finding> notes)
    {
        var indicators = new List<IndicatorEntry>();
        var pending = new List<Fragment>();
        string level1 = "", level2 = "";

        for (var lineIndex = 0; lineIndex < lines.Count; lineIndex++)
        {
            var line = lines[lineIndex].Trim();
            if (line.Length == 0 || line == "绩效指标" || line.StartsWith("一级指标", StringComparison.Ordinal))
            {
                continue;
            }

            // A line may lead with one 一级 label and then one 二级 label; a further label-like token is the
            // indicator's own name ("服务对象满意度指标 服务对象满意度 90%以上 90%以上").
            var tokens = Tokenize(line);
            if (pending.Count >= MaxFragmentsPerSegment)
            {
                // Real tables have a few rows per 二级 label; a huge unlabelled run is cut so the search stays linear.
                Flush(pending, level1, level2, indicators, notes);
            }

            var first = 0;
            var level2Taken = false;
            while (first < tokens.Count && IsLabel(tokens[first]) && !level2Taken)
            {
                Flush(pending, level1, level2, indicators, notes);
                var label = tokens[first];
                if (first == 0 && Level1Labels.Contains(label) && !IsOlderSchemeCostLevel2(label, level1, lines, lineIndex))
                {
                    level1 = label;
                    level2 = "";
                }
                else
                {
                    level2 = label;
                    level2Taken = true;
                }

                first++;
            }

            for (var t = first; t < tokens.Count; t++)
            {
                pending.Add(new Fragment(tokens[t], lineIndex, t == first));
            }
        }

        Flush(pending, level1, level2, indicators, notes);
        return indicators;
    }

    private static bool IsLabel(string token) => Level1Labels.Contains(token) || Level2Labels.Contains(token);

    /// <summary>
    /// 成本指标 is a 一级 in the newer scheme (followed by 经济/社会/生态环境成本指标) but a 二级 under 产出指标 in the
    /// older one.
    /// </summary>
    private static bool IsOlderSchemeCostLevel2(string label, string currentLevel1, IReadOnlyList<string> lines, int lineIndex)
    {
        if (label != "成本指标" || currentLevel1 != "产出指标")
        {
            return false;
        }

        for (var i = lineIndex + 1; i < lines.Count; i++)
        {
            var next = lines[i].Trim();
            if (next.Length == 0)
            {
                continue;
            }

            return !NewerCostLevel2.Contains(Tokenize(next)[0]);
        }

        return true;
    }

    /// <summary>
    /// Splits a line into cells at spaces, but keeps a bracket opening a part with the name before it: a unit ("数量 （个）")
    /// or a bracket that closes on the next line ("（是" … "/否）").
    /// </summary>
    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        foreach (var part in Whitespace().Split(line))
        {
            if (part.Length == 0)
            {
                continue;
            }

            // A placeholder left before a value ("(≥**个)≥12个") is a cell of its own, not the name's bracket.
            if (tokens.Count > 0 && part[0] is '（' or '(' && (part[^1] is '）' or ')' || part.IndexOfAny(['）', ')']) < 0))
            {
                tokens[^1] = tokens[^1] + " " + part;
            }
            else
            {
                tokens.Add(part);
            }
        }

        return tokens;
    }

    private static void Flush(List<Fragment> fragments, string level1, string level2, List<IndicatorEntry> indicators, List<Finding> notes)
    {
        if (fragments.Count == 0)
        {
            return;
        }

        var n = fragments.Count;
        var best = new int[n + 1];
        var choice = new (int From, int Cut1, int Cut2)[n + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;

        for (var end = 1; end <= n; end++)
        {
            // Leave fragment end-1 unplaced.
            if (best[end - 1] != int.MaxValue && best[end - 1] + UnplacedCost < best[end])
            {
                best[end] = best[end - 1] + UnplacedCost;
                choice[end] = (end - 1, -1, -1);
            }

            if (end < n && !fragments[end].StartsLine)
            {
                continue; // a row ends at the end of a line
            }

            for (var start = Math.Max(0, end - MaxFragmentsPerRow); start <= end - 3; start++)
            {
                if (!fragments[start].StartsLine || best[start] == int.MaxValue)
                {
                    continue;
                }

                var (cost, cut1, cut2) = BestRowSplit(fragments, start, end);
                if (cut1 >= 0 && cost != int.MaxValue && best[start] + cost < best[end])
                {
                    best[end] = best[start] + cost;
                    choice[end] = (start, cut1, cut2);
                }
            }
        }

        var rows = new List<IndicatorEntry>();
        var unplaced = new List<string>();
        for (var end = n; end > 0;)
        {
            var (from, cut1, cut2) = choice[end];
            if (cut1 < 0)
            {
                unplaced.Add(fragments[from].Text);
            }
            else
            {
                rows.Add(new IndicatorEntry(level1, level2, Cell(fragments, from, cut1), Cell(fragments, cut1, cut2), Cell(fragments, cut2, end)));
            }

            end = from;
        }

        rows.Reverse();
        indicators.AddRange(rows);
        if (unplaced.Count > 0)
        {
            unplaced.Reverse();
            notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, $"indicators[{level1}/{level2}]",
                $"绩效指标（{level1}/{level2}）中有文字无法归入任何指标行，请人工核对：“{string.Join("”“", unplaced)}”。"));
        }

        fragments.Clear();
    }

    private static (int Cost, int Cut1, int Cut2) BestRowSplit(List<Fragment> fragments, int start, int end)
    {
        // Two fragments on one line are always in different cells: those boundaries are forced cuts.
        var forced = new List<int>(2);
        for (var k = start + 1; k < end; k++)
        {
            if (!fragments[k].StartsLine)
            {
                if (forced.Count == 2)
                {
                    return (int.MaxValue, -1, -1);
                }

                forced.Add(k);
            }
        }

        var bestCost = int.MaxValue;
        (int, int) bestCuts = (-1, -1);
        for (var cut1 = start + 1; cut1 < end - 1; cut1++)
        {
            for (var cut2 = cut1 + 1; cut2 < end; cut2++)
            {
                if (forced.Any(k => k != cut1 && k != cut2))
                {
                    continue;
                }

                var cost = CellCost(fragments, start, cut1, NameColumnFull)
                    + CellCost(fragments, cut1, cut2, PeriodColumnFull)
                    + CellCost(fragments, cut2, end, AnnualColumnFull);
                if (SameText(fragments, cut1, cut2, cut2, end))
                {
                    cost -= 3; // targets are usually written twice, identically
                }

                if (cost < bestCost)
                {
                    bestCost = cost;
                    bestCuts = (cut1, cut2);
                }
            }
        }

        return (bestCost, bestCuts.Item1, bestCuts.Item2);
    }

    private static bool SameText(List<Fragment> fragments, int from1, int to1, int from2, int to2)
    {
        var length1 = 0;
        var length2 = 0;
        for (var k = from1; k < to1; k++)
        {
            length1 += fragments[k].Text.Length;
        }

        for (var k = from2; k < to2; k++)
        {
            length2 += fragments[k].Text.Length;
        }

        return length1 == length2 && Cell(fragments, from1, to1) == Cell(fragments, from2, to2);
    }

    private static int CellCost(List<Fragment> fragments, int from, int to, int fullWidth)
    {
        var cost = 0;
        for (var k = from; k < to - 1; k++)
        {
            // A fragment that did not fill its column would not have wrapped; nearly full is forgiven more
            // (Latin letters and digits make a wrapped line a little narrower).
            var width = fragments[k].Width;
            if (width < fullWidth)
            {
                cost += width >= fullWidth - NearlyFullSlack ? 4 : 12;
            }
        }

        if (fragments[to - 1].Width >= fullWidth)
        {
            cost += 1; // a full last fragment hints that the cell goes on
        }

        return cost;
    }

    private static string Cell(List<Fragment> fragments, int from, int to) =>
        string.Concat(fragments.Skip(from).Take(to - from).Select(f => f.Text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
