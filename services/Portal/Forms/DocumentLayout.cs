using System.Globalization;
using System.Text.Json;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// Lays out any form document's JSON for reading: scalars become labelled fields (money in 万元, stated rates in %),
/// lists of indicators become <see cref="IndicatorTree"/>s, other lists tables, and list items that hold lists of
/// their own (a project table's projects) become parts. One layout serves all six kinds of form.
/// </summary>
public static class DocumentLayout
{
    public static DocumentSection Of(string kind, JsonElement document) => Section(string.Empty, FormLabels.OfKind(kind), document);

    /// <summary>Every path the layout shows, for placing findings beside what they concern.</summary>
    public static IEnumerable<string> Anchors(DocumentSection section)
    {
        if (section.Path.Length > 0)
        {
            yield return section.Path;
        }

        foreach (var field in section.Fields)
        {
            yield return field.Path;
        }

        foreach (var table in section.Tables)
        {
            yield return table.Path;
            foreach (var row in table.Rows)
            {
                yield return row.Path;
                foreach (var column in table.Columns)
                {
                    yield return $"{row.Path}.{column}";
                }
            }
        }

        foreach (var tree in section.Trees)
        {
            yield return tree.Path;
            foreach (var line in tree.Lines)
            {
                yield return line.Path;
                foreach (var field in IndicatorFields)
                {
                    yield return $"{line.Path}.{field}";
                }
            }
        }

        foreach (var anchor in section.Parts.SelectMany(Anchors))
        {
            yield return anchor;
        }
    }

    public static readonly IReadOnlyList<string> IndicatorFields = ["level1", "level2", "name", "periodTarget", "annualTarget", "actual"];

    public static string Format(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? "—" : FormChoiceWords.OfStored(name, value.GetString()!) ?? value.GetString()!,
        JsonValueKind.Number when FormLabels.MoneyFields.Contains(name) => $"{value.GetDecimal().ToString("N2", CultureInfo.InvariantCulture)} 万元",
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Object when value.TryGetProperty("value", out var v) && value.TryGetProperty("decimalPlaces", out var places) =>
            v.GetDecimal().ToString("F" + places.GetInt32(), CultureInfo.InvariantCulture) + "%",
        JsonValueKind.Array => string.Join("；", value.EnumerateArray().Select(e => Format(name, e))),
        _ => value.GetRawText(),
    };

    private static DocumentSection Section(string path, string title, JsonElement obj)
    {
        var fields = new List<DocumentField>();
        var tables = new List<DocumentTable>();
        var trees = new List<IndicatorTree>();
        var parts = new List<DocumentSection>();
        foreach (var property in obj.EnumerateObject())
        {
            var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            var value = property.Value;
            if (IndicatorValues.IsIndicatorList(value))
            {
                trees.Add(IndicatorTree.Of(childPath, value.EnumerateArray().Select(IndicatorValues.Of).ToList()));
            }
            else if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
            {
                var items = value.EnumerateArray().ToList();
                if (items.Any(e => e.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.Object))))
                {
                    parts.AddRange(items.Select((e, i) => Section($"{childPath}[{i}]", $"{FormLabels.OfField(property.Name)} {i + 1}：{NameOf(e)}", e)));
                }
                else
                {
                    tables.Add(Table(childPath, property.Name, items));
                }
            }
            else if (value.ValueKind == JsonValueKind.Object && !value.TryGetProperty("decimalPlaces", out _))
            {
                parts.Add(Section(childPath, FormLabels.OfField(property.Name), value));
            }
            else if (!(value.ValueKind == JsonValueKind.Array && !value.EnumerateArray().Any()))
            {
                var text = Format(property.Name, value);
                fields.Add(new DocumentField(childPath, FormLabels.OfField(property.Name), text, text.Length > 40));
            }
        }

        return new DocumentSection(path, title, fields, tables, trees, parts);
    }

    private static DocumentTable Table(string path, string name, IReadOnlyList<JsonElement> items)
    {
        var columns = items.SelectMany(e => e.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        var rows = items.Select((e, i) => new DocumentTableRow(
            $"{path}[{i}]",
            columns.Select(c => e.TryGetProperty(c, out var v) ? Format(c, v) : "—").ToList())).ToList();
        return new DocumentTable(path, FormLabels.OfField(name), columns, columns.Select(FormLabels.OfField).ToList(), rows);
    }

    private static string NameOf(JsonElement item) =>
        item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!
        : item.TryGetProperty("projectName", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()!
        : string.Empty;
}
