namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Display width of a line as the PDF laid it out: a Chinese character or full-width mark counts 2, Latin and digits
/// count 1. Column widths of the official templates are measured in these units, which is how wrapped cells are told
/// apart from cells that simply end.
/// </summary>
internal static class TextWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
