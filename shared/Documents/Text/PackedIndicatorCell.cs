using System.Text;
using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Documents.Text;

/// <summary>
/// The 绩效指标 cell of a 项目支出绩效目标表 packs every indicator of a project into one text:
/// "1、1-产出指标：11-数量指标：开展招商活动次数；实施周期指标值:1次；年度指标值:…。2、…". Separators vary between
/// "：" and "；" in the same cell, and values may themselves contain "；" and "。", so items are found by their
/// numbered category prefix and fields by their fixed labels.
/// </summary>
public static partial class PackedIndicatorCell
{
    public static (IReadOnlyList<IndicatorEntry> Indicators, IReadOnlyList<string> Unplaced) Parse(string? cell)
    {
        var indicators = new List<IndicatorEntry>();
        var unplaced = new List<string>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return (indicators, unplaced);
        }

        var starts = ItemStart().Matches(cell).Select(m => (m.Index, Body: m.Index + m.Length)).ToList();
        if (starts.Count == 0)
        {
            unplaced.Add(cell.Trim());
            return (indicators, unplaced);
        }

        var lead = cell[..starts[0].Index].Trim();
        if (lead.Length > 0)
        {
            unplaced.Add(lead);
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : cell.Length;
            var item = cell[starts[i].Body..end].Trim();
            var match = Item().Match(item);
            if (!match.Success)
            {
                unplaced.Add(cell[starts[i].Index..end].Trim());
                continue;
            }

            var annual = match.Groups["annual"].Value.Trim();
            if (annual.EndsWith('。'))
            {
                annual = annual[..^1]; // the item terminator, not part of the value
            }

            indicators.Add(new IndicatorEntry(
                match.Groups["l1"].Value.Trim(),
                match.Groups["l2"].Value.Trim(),
                match.Groups["name"].Value.Trim(),
                match.Groups["period"].Value.Trim(),
                annual));
        }

        return (indicators, unplaced);
    }

    /// <summary>Writes indicators in the packed layout that <see cref="Parse"/> reads back.</summary>
    public static string Pack(IEnumerable<IndicatorEntry> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var builder = new StringBuilder();
        var number = 1;
        foreach (var indicator in indicators)
        {
            builder.Append(number++).Append('、')
                .Append(indicator.Level1).Append('；')
                .Append(indicator.Level2).Append('；')
                .Append(indicator.Name).Append("；实施周期指标值:")
                .Append(indicator.PeriodTarget).Append("；年度指标值:")
                .Append(indicator.AnnualTarget).Append('。');
        }

        return builder.ToString();
    }

    // "2、" starts an item only when a 一级 category follows ("1-产出指标", "效益指标"), so enumerations inside values
    // ("1、…2、…") are not taken for items.
    [GeneratedRegex(@"(?<=^|[。；;\s])\d+、(?=\s*(\d+-)?[^、：；:;。]{0,8}指标[：；:;])")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?<l1>[^：；:;]+)[：；:;](?<l2>[^：；:;]+)[：；:;](?<name>.*?)[；;]\s*实施周期指标值[:：](?<period>.*?)[；;]\s*年度指标值[:：](?<annual>.*)$", RegexOptions.Singleline)]
    private static partial Regex Item();
}
