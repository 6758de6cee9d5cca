using System.Text.Json;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// Field-level differences between two JSON documents, by path (<c>indicators[3].annualTarget</c>). Lists are
/// compared position by position: a reviewer reads "indicator 4's target changed", which is what forms are.
/// </summary>
public static class JsonDiff
{
    public static IReadOnlyList<FieldChange> Between(string before, string after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        return left.Keys.Union(right.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => new FieldChange(path, left.GetValueOrDefault(path), right.GetValueOrDefault(path)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))
            .ToList();
    }

    private static Dictionary<string, string?> Flatten(string json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, string.Empty, values);
        return values;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string?> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", values);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", values);
                }

                break;
            case JsonValueKind.Null:
                values[path] = null;
                break;
            case JsonValueKind.String:
                values[path] = element.GetString();
                break;
            default:
                values[path] = element.GetRawText();
                break;
        }
    }
}
