using System.Globalization;
using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>Reads a sheet laid out as labelled rows: finds a row by the label in its first cell and reads its cells.</summary>
internal sealed class SheetCursor(List<List<string>> rows, List<Finding> notes)
{
    public List<List<string>> Rows { get; } = rows;

    public string Cell(int row, int column) =>
        row >= 0 && row < Rows.Count && column < Rows[row].Count ? Rows[row][column] : "";

    /// <summary>Index of the first row at or after <paramref name="from"/> whose first cell is <paramref name="label"/>; -1 if none.</summary>
    public int Find(string label, int from = 0)
    {
        for (var r = Math.Max(0, from); r < Rows.Count; r++)
        {
            if (Cell(r, 0).Trim() == label)
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>The cell right of <paramref name="label"/> in column <paramref name="labelColumn"/>, reporting when absent.</summary>
    public string Value(string label, int labelColumn = 0, bool required = true)
    {
        for (var r = 0; r < Rows.Count; r++)
        {
            if (Cell(r, labelColumn).Trim() == label)
            {
                return Cell(r, labelColumn + 1);
            }
        }

        if (required)
        {
            notes.Add(new Finding("import.field-missing", FindingSeverity.Error, label, $"Excel中未找到“{label}”。"));
        }

        return "";
    }

    public decimal Money(string label, int labelColumn = 0) => Amount(Value(label, labelColumn), label) ?? 0m;

    public decimal? Amount(string text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Amounts.TryParse(text, out var amount))
        {
            return amount;
        }

        notes.Add(new Finding("import.amount-unreadable", FindingSeverity.Error, label, $"“{label}”的值“{text}”不是有效金额。"));
        return null;
    }

    public StatedPercentage? Percent(string text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Amounts.TryParsePercent(text, out var rate))
        {
            return rate;
        }

        notes.Add(new Finding("import.amount-unreadable", FindingSeverity.Error, label, $"“{label}”的值“{text}”不是有效百分比。"));
        return null;
    }

    public static string PercentText(StatedPercentage? rate) =>
        rate is null ? "" : rate.Value.ToString("F" + rate.DecimalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    public static int Year(string text) =>
        int.TryParse(new string([.. text.Where(char.IsAsciiDigit)]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : 0;
}
