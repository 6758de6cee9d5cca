using System.Text.Json;

namespace PerfWorkflow.Portal.Forms;

/// <summary>The texts of one 三级 indicator as the form writes them (an IndicatorEntry's JSON).</summary>
public sealed record IndicatorValues(string Level1, string Level2, string Name, string PeriodTarget, string AnnualTarget, string? Actual)
{
    public static IndicatorValues Of(JsonElement entry) => new(
        Text(entry, "level1"), Text(entry, "level2"), Text(entry, "name"), Text(entry, "periodTarget"), Text(entry, "annualTarget"),
        entry.TryGetProperty("actual", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null);

    /// <summary>An array is an indicator list when its objects carry 一级/二级 and a name.</summary>
    public static bool IsIndicatorList(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
        && array.EnumerateArray().Any()
        && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("level1", out _) && e.TryGetProperty("name", out _));

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
}
