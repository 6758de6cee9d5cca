namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// 绩效指标 as the 一级/二级/三级 tree the paper form draws: consecutive rows of the same 一级 (and 二级 within it)
/// share one merged cell, whose height <see cref="IndicatorLine.Level1Span"/> and <see cref="IndicatorLine.Level2Span"/> give.
/// </summary>
public sealed record IndicatorTree(string Path, IReadOnlyList<IndicatorLine> Lines, bool HasActuals)
{
    public static IndicatorTree Of(string path, IReadOnlyList<IndicatorValues> values)
    {
        var lines = new List<IndicatorLine>();
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            var firstOfLevel1 = i == 0 || values[i - 1].Level1 != v.Level1;
            var firstOfLevel2 = firstOfLevel1 || values[i - 1].Level2 != v.Level2;
            var level1Span = firstOfLevel1 ? values.Skip(i).TakeWhile(x => x.Level1 == v.Level1).Count() : 0;
            var level2Span = firstOfLevel2 ? values.Skip(i).TakeWhile(x => x.Level1 == v.Level1 && x.Level2 == v.Level2).Count() : 0;
            lines.Add(new IndicatorLine($"{path}[{i}]", i, v, level1Span, level2Span));
        }

        return new IndicatorTree(path, lines, values.Any(v => !string.IsNullOrEmpty(v.Actual)));
    }
}
