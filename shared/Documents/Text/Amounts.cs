using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfWorkflow.Documents.Text;

/// <summary>Reads amounts and percentages as the forms write them ("12,104.57", "96.20%").</summary>
internal static partial class Amounts
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        return Plain().IsMatch(cleaned)
            && decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    public static bool TryParsePercent(string? text, out Domain.Forms.StatedPercentage? percentage)
    {
        percentage = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().TrimEnd('%', '％').Trim();
        if (!TryParse(trimmed, out var value))
        {
            return false;
        }

        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        percentage = new Domain.Forms.StatedPercentage(value, dot < 0 ? 0 : trimmed.Length - dot - 1);
        return true;
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Plain();
}
