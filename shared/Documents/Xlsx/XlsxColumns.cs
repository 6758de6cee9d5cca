using System.Text;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>Spreadsheet column letters: 0 → "A", 26 → "AA", and back from a cell reference.</summary>
internal static class XlsxColumns
{
    public static string Name(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    public static int Index(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}
