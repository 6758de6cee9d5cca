using System.Text;
using System.Text.RegularExpressions;

namespace PerfWorkflow.Documents.Text;

/// <summary>Rebuilds running text that a PDF broke into lines.</summary>
internal static partial class Prose
{
    /// <summary>
    /// Joins wrapped lines without spaces (Chinese has none), but starts a new line where a list item begins
    /// ("1.", "2、", "一是") or after a line ending with a colon, so numbered points stay apart.
    /// </summary>
    public static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && (ListItemStart().IsMatch(line) || builder[^1] is '：' or ':'))
            {
                builder.Append('\n');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)])")]
    private static partial Regex ListItemStart();
}
