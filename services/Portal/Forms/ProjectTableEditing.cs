using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// The 项目支出绩效目标表 editor: its rows (projects and 资金使用单位 lines) and 合计 row read from the saved JSON, what the
/// filer typed checked (a name for each row, amounts in 万元 with at most two decimals), and written back with every
/// field the editor does not show as it was. Whether the money adds up is the validator's finding after the save
/// (ProjectTableMoneyRules), not a refusal here: a half-filled table can still be saved as a draft.
/// </summary>
public static class ProjectTableEditing
{
    public const string ProjectKind = "Project";

    public const string FundingUnitKind = "FundingUnit";

    /// <summary>The amount columns of the paper form, in its order: the input's property, the JSON field, the label.</summary>
    public static readonly IReadOnlyList<(string Field, string Json, string Label)> Amounts =
    [
        ("Total", "total", "总计"), ("FiscalAppropriation", "fiscalAppropriation", "财政拨款"),
        ("FiscalSpecialAccount", "fiscalSpecialAccount", "财政专户拨款"), ("OtherFunds", "otherFunds", "其他资金"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> RowKinds = [(ProjectKind, "项目"), (FundingUnitKind, "资金使用单位")];

    /// <summary>The key of a field's message: the row's place on the page ("2.Total"), or "total.Total" for the 合计 row.</summary>
    public static string MessageKey(int? place, string field) => $"{(place is { } k ? k.ToString(CultureInfo.InvariantCulture) : "total")}.{field}";

    /// <summary>The indicator list of the row at <paramref name="place"/> on the page.</summary>
    public static string ListOf(int place) => $"rows[{place.ToString(CultureInfo.InvariantCulture)}].indicators";

    public static IReadOnlyList<string> ListsOf(IReadOnlyList<ProjectRowInput> rows) => [.. rows.Select((_, k) => ListOf(k))];

    public static List<ProjectRowInput> RowsOf(JsonElement document) =>
        [.. SavedRows(document).Select((row, i) => InputOf(row, i))];

    public static ProjectRowInput TotalOf(JsonElement document) =>
        document.TryGetProperty("totalRow", out var total) && total.ValueKind == JsonValueKind.Object ? InputOf(total, -1) : new ProjectRowInput { Name = "合计" };

    public static string? AmountOf(ProjectRowInput row, string field) => field switch
    {
        "Total" => row.Total,
        "FiscalAppropriation" => row.FiscalAppropriation,
        "FiscalSpecialAccount" => row.FiscalSpecialAccount,
        _ => row.OtherFunds,
    };

    /// <summary>
    /// Whether the posted rows can be what this page showed of the saved table: each a saved row (at most once) or one
    /// added on the page. Anything else was not typed into this page (another form's rows, or the table has changed).
    /// </summary>
    public static bool CameFromThePage(IReadOnlyList<ProjectRowInput> rows, JsonElement saved)
    {
        var count = SavedRows(saved).Count;
        var originals = rows.Where(r => r.Original != -1).Select(r => r.Original).ToList();
        return originals.All(o => o >= 0 && o < count) && originals.Distinct().Count() == originals.Count;
    }

    /// <summary>"rows[3].indicators" on the page → the saved row's list its findings name, or null for a row added on the page.</summary>
    public static string? SavedListOf(string list, IReadOnlyList<ProjectRowInput> rows)
    {
        var place = PlaceOf(list);
        return place is { } k && k < rows.Count && rows[k].Original >= 0 ? ListOf(rows[k].Original) : null;
    }

    /// <summary>Where the table's findings can be shown: the 合计 row, and each saved row on the page with its fields (by saved path).</summary>
    public static IEnumerable<string> Anchors(IReadOnlyList<ProjectRowInput> rows)
    {
        string[] fields = ["name", "kind", "performanceTarget", .. Amounts.Select(a => a.Json)];
        return ["totalRow", .. Amounts.Select(a => "totalRow." + a.Json),
            .. rows.Where(r => r.Original >= 0).SelectMany(r => (string[])[$"rows[{r.Original}]", .. fields.Select(f => $"rows[{r.Original}].{f}")])];
    }

    /// <summary>A message per field that cannot be saved: a row without a name, a kind not offered, an amount that is not one.</summary>
    public static Dictionary<string, string> Errors(IReadOnlyList<ProjectRowInput> rows, ProjectRowInput total)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            if (row.Remove)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Name))
            {
                errors[MessageKey(k, "Name")] = $"请填写第 {k + 1} 行的项目名称（资金使用单位行填写单位名称）。";
            }

            if (row.Kind is not (ProjectKind or FundingUnitKind))
            {
                errors[MessageKey(k, "Kind")] = "请选择“项目”或“资金使用单位”。";
            }

            AddAmountErrors(errors, k, row, $"第 {k + 1} 行");
        }

        AddAmountErrors(errors, null, total, "合计行");
        return errors;
    }

    /// <summary>The saved table with the editor's rows, their indicators and the 合计 row applied; call after <see cref="Errors"/> found none.</summary>
    public static JsonNode Apply(JsonElement saved, IReadOnlyList<ProjectRowInput> rows, ProjectRowInput total, IReadOnlyList<IndicatorRowInput> indicators)
    {
        var document = JsonNode.Parse(saved.GetRawText())!;
        var savedRows = SavedRows(saved);
        var applied = new JsonArray();
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            if (row.Remove)
            {
                continue;
            }

            JsonElement? original = row.Original >= 0 && row.Original < savedRows.Count ? savedRows[row.Original] : null;
            var entry = original is { } o ? JsonNode.Parse(o.GetRawText())!.AsObject() : new JsonObject();
            entry["name"] = row.Name?.Trim() ?? string.Empty;
            entry["kind"] = row.Kind == FundingUnitKind ? FundingUnitKind : ProjectKind;
            WriteAmounts(entry, row);
            entry["performanceTarget"] = Text(row.PerformanceTarget);
            var listOf = ListOf(k);
            entry["indicators"] = FormEditing.IndicatorEntries(original is { } saving ? Indicators(saving) : [], indicators.Where(i => i.List == listOf));
            applied.Add(entry);
        }

        document["rows"] = applied;
        document["totalRow"] = TotalRow(saved, total);
        return document;
    }

    private static JsonObject? TotalRow(JsonElement saved, ProjectRowInput total)
    {
        var had = saved.TryGetProperty("totalRow", out var row) && row.ValueKind == JsonValueKind.Object;
        if (!had && Amounts.All(a => string.IsNullOrWhiteSpace(AmountOf(total, a.Field))))
        {
            return null;
        }

        var entry = had
            ? JsonNode.Parse(row.GetRawText())!.AsObject()
            : new JsonObject { ["name"] = "合计", ["kind"] = ProjectKind, ["performanceTarget"] = string.Empty, ["indicators"] = new JsonArray() };
        WriteAmounts(entry, total);
        return entry;
    }

    private static void WriteAmounts(JsonObject entry, ProjectRowInput row)
    {
        foreach (var (field, json, _) in Amounts)
        {
            entry[json] = FormEditing.Amount(AmountOf(row, field)) is { } amount ? JsonValue.Create(amount) : null;
        }
    }

    private static void AddAmountErrors(Dictionary<string, string> errors, int? place, ProjectRowInput row, string where)
    {
        foreach (var (field, _, label) in Amounts)
        {
            var text = AmountOf(row, field);
            if (!string.IsNullOrWhiteSpace(text) && FormEditing.Amount(text) is not >= 0m)
            {
                errors[MessageKey(place, field)] = $"{where}的“{label}”应为金额（万元，最多两位小数），例如 3345.75；没有可留空。";
            }
        }
    }

    private static ProjectRowInput InputOf(JsonElement row, int original) => new()
    {
        Original = original,
        Name = row.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        Kind = row.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : ProjectKind,
        // As saved (4.9, not 4.90), so an untouched amount saves unchanged and the diff shows no change.
        Total = AmountText(row, "total"),
        FiscalAppropriation = AmountText(row, "fiscalAppropriation"),
        FiscalSpecialAccount = AmountText(row, "fiscalSpecialAccount"),
        OtherFunds = AmountText(row, "otherFunds"),
        PerformanceTarget = row.TryGetProperty("performanceTarget", out var target) && target.ValueKind == JsonValueKind.String ? target.GetString() : null,
    };

    private static string? AmountText(JsonElement row, string json) =>
        row.TryGetProperty(json, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;

    /// <summary>A browser posts a textarea's line breaks as CR LF; the form keeps them as LF, as imported.</summary>
    private static string Text(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ?? string.Empty;

    private static List<JsonElement> SavedRows(JsonElement document) =>
        document.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];

    private static List<JsonElement> Indicators(JsonElement row) =>
        row.TryGetProperty("indicators", out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static int? PlaceOf(string list) =>
        list.StartsWith("rows[", StringComparison.Ordinal) && list.IndexOf(']', StringComparison.Ordinal) is > 5 and var end
            && int.TryParse(list.AsSpan(5, end - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var place) ? place : null;
}
