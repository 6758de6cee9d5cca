namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Two neighbouring prose columns (预期目标 | 目标完成情况) come out of a PDF one after the other. The first column
/// ends with a full stop, and the copy leaves an empty line before the second begins; that is where they are cut.
/// </summary>
internal static class ColumnSplitter
{
    public sealed record Line(string Text, bool BlankBefore);

    /// <summary>The two columns, or null when no cut point exists (the caller reports it).</summary>
    public static (List<string> First, List<string> Second)? Split(IReadOnlyList<Line> lines)
    {
        for (var k = 1; k < lines.Count; k++)
        {
            if (!lines[k].BlankBefore || !lines[k - 1].Text.EndsWith('。'))
            {
                continue;
            }

            var rest = lines.Skip(k).ToList();
            if (rest.Sum(l => TextWidth.Of(l.Text)) <= 4)
            {
                continue; // a lone "。" left over from the column's wrap is not a second column
            }

            return (lines.Take(k).Select(l => l.Text).ToList(), rest.Select(l => l.Text).ToList());
        }

        return null;
    }
}
