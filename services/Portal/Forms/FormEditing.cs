using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// The editable parts of a saved form: the money fields of a 部门整体预算绩效目标申报表 and every indicator list
/// (the declaration's own, or each project's of a 项目支出绩效目标表). Applying the editor's rows to the saved JSON
/// keeps every field the editor does not show (实际完成值, 分值 …) as it was.
/// </summary>
public static class FormEditing
{
    /// <summary>The declaration's money fields in the order of the paper form.</summary>
    public static readonly IReadOnlyList<string> DeclarationMoney =
    [
        "basicExpenditure", "projectExpenditure", "developmentSpecialFunds", "otherDevelopmentExpenditure",
        "fiscalAppropriation", "otherFunds", "districtLevelFunds", "transferPaymentFunds",
    ];

    public static bool IsEditable(string kind) => kind is "DepartmentDeclaration" or "ProjectTable";

    public static IReadOnlyList<MoneyInput> MoneyOf(string kind, JsonElement document) => kind != "DepartmentDeclaration"
        ? []
        : DeclarationMoney.Select(f => new MoneyInput
        {
            Field = f,
            Value = document.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
        }).ToList();

    /// <summary>The indicator lists of the document, by path, each with its rows in order.</summary>
    public static IReadOnlyList<string> ListsOf(string kind, JsonElement document)
    {
        if (kind == "ProjectTable")
        {
            return document.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array
                ? rows.EnumerateArray().Select((_, i) => $"rows[{i}].indicators").ToList()
                : [];
        }

        return ["indicators"];
    }

    public static List<IndicatorRowInput> RowsOf(string kind, JsonElement document) =>
        ListsOf(kind, document).SelectMany(list => Entries(document, list).Select((e, i) =>
        {
            var v = IndicatorValues.Of(e);
            return new IndicatorRowInput { List = list, Original = i, Level1 = v.Level1, Level2 = v.Level2, Name = v.Name, PeriodTarget = v.PeriodTarget, AnnualTarget = v.AnnualTarget };
        })).ToList();

    /// <summary>Parses the money inputs; each one that is not an amount gets a message by its field.</summary>
    public static Dictionary<string, string> MoneyErrors(IEnumerable<MoneyInput> money) =>
        money.Where(m => !string.IsNullOrWhiteSpace(m.Value) && Amount(m.Value) is null)
            .ToDictionary(m => m.Field, m => $"“{FormLabels.OfField(m.Field)}”应为金额（万元，最多两位小数），例如 3345.75。");

    /// <summary>Row messages for texts a row must have before it is saved (一级/二级/名称).</summary>
    public static Dictionary<int, string> RowErrors(IReadOnlyList<IndicatorRowInput> rows) =>
        rows.Select((r, i) => (r, i))
            .Where(x => !x.r.Remove && (string.IsNullOrWhiteSpace(x.r.Level1) || string.IsNullOrWhiteSpace(x.r.Level2) || string.IsNullOrWhiteSpace(x.r.Name)))
            .ToDictionary(x => x.i, _ => "请填写一级指标、二级指标和三级指标名称。");

    /// <summary>The saved document with the editor's money and rows applied; call after the inputs passed their checks.</summary>
    public static JsonNode Apply(JsonElement saved, string kind, IEnumerable<MoneyInput> money, IReadOnlyList<IndicatorRowInput> rows)
    {
        var document = JsonNode.Parse(saved.GetRawText())!;
        foreach (var m in money.Where(m => FormEditing.DeclarationMoney.Contains(m.Field)))
        {
            document[m.Field] = Amount(m.Value) ?? 0m;
        }

        foreach (var list in ListsOf(kind, saved))
        {
            Place(document, list, IndicatorEntries(Entries(saved, list).ToList(), rows.Where(r => r.List == list)));
        }

        return document;
    }

    /// <summary>
    /// One indicator list as the editor left it: each kept row written over the saved entry it came from (the fields
    /// the editor does not show stay as they were), a new row with those fields empty.
    /// </summary>
    public static JsonArray IndicatorEntries(IReadOnlyList<JsonElement> originals, IEnumerable<IndicatorRowInput> rows)
    {
        var entries = new JsonArray();
        foreach (var row in rows.Where(r => !r.Remove))
        {
            var entry = row.Original >= 0 && row.Original < originals.Count
                ? JsonNode.Parse(originals[row.Original].GetRawText())!.AsObject()
                : new JsonObject { ["actual"] = null, ["weight"] = null, ["statedScore"] = null, ["note"] = null };
            entry["level1"] = row.Level1?.Trim() ?? string.Empty;
            entry["level2"] = row.Level2?.Trim() ?? string.Empty;
            entry["name"] = row.Name?.Trim() ?? string.Empty;
            entry["periodTarget"] = row.PeriodTarget?.Trim() ?? string.Empty;
            entry["annualTarget"] = row.AnnualTarget?.Trim() ?? string.Empty;
            entries.Add(entry);
        }

        return entries;
    }

    public static decimal? Amount(string? text) =>
        decimal.TryParse(text?.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            && decimal.Round(amount, 2) == amount
            ? amount
            : null;

    private static IEnumerable<JsonElement> Entries(JsonElement document, string list)
    {
        var node = list == "indicators" ? document : document.GetProperty("rows")[RowIndex(list)];
        return node.TryGetProperty("indicators", out var entries) && entries.ValueKind == JsonValueKind.Array ? entries.EnumerateArray() : [];
    }

    private static void Place(JsonNode document, string list, JsonArray entries)
    {
        var owner = list == "indicators" ? document : document["rows"]![RowIndex(list)]!;
        owner["indicators"] = entries;
    }

    private static int RowIndex(string list) =>
        int.Parse(list["rows[".Length..list.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
}
