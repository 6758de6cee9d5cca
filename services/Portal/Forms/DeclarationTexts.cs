using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// The declaration's texts in the editor: read from the saved JSON, checked (拟投入资金 is an amount), written back
/// with every other field of each task as it was. The editor always offers one empty row to add a task.
/// </summary>
public static class DeclarationTexts
{
    public static DeclarationTextsInput Of(JsonElement document)
    {
        var tasks = document.TryGetProperty("keyTasks", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(t => new KeyTaskInput
            {
                Name = Text(t, "name"),
                Content = Text(t, "content"),
                // As saved (2428, not 2428.00), so an untouched amount saves unchanged and the diff shows no change.
                PlannedFunds = t.TryGetProperty("plannedFunds", out var funds) && funds.ValueKind == JsonValueKind.Number ? funds.GetRawText() : null,
                ExpectedOutcome = Text(t, "expectedOutcome"),
            }).ToList()
            : [];
        return new DeclarationTextsInput { OverallTarget = Text(document, "overallTarget"), OtherTasks = Text(document, "otherTasks"), KeyTasks = tasks };
    }

    /// <summary>With the one empty row the editor shows for a new task.</summary>
    public static DeclarationTextsInput WithBlankRow(DeclarationTextsInput input)
    {
        if (input.KeyTasks.Count == 0 || !string.IsNullOrWhiteSpace(input.KeyTasks[^1].Name))
        {
            input.KeyTasks.Add(new KeyTaskInput());
        }

        return input;
    }

    /// <summary>A message per task row whose 拟投入资金 is not an amount.</summary>
    public static Dictionary<int, string> Errors(DeclarationTextsInput input) =>
        input.KeyTasks.Select((t, i) => (t, i))
            .Where(x => !x.t.Remove && !string.IsNullOrWhiteSpace(x.t.PlannedFunds) && FormEditing.Amount(x.t.PlannedFunds) is null)
            .ToDictionary(x => x.i, x => $"重点工作任务第 {x.i + 1} 行的“拟投入资金”应为金额（万元，最多两位小数）。");

    public static void Apply(JsonNode document, DeclarationTextsInput input)
    {
        document["overallTarget"] = input.OverallTarget?.Trim() ?? string.Empty;
        document["otherTasks"] = input.OtherTasks?.Trim() ?? string.Empty;
        var tasks = new JsonArray();
        foreach (var t in input.KeyTasks.Where(t => !t.Remove && !string.IsNullOrWhiteSpace(t.Name)))
        {
            tasks.Add(new JsonObject
            {
                ["name"] = t.Name!.Trim(),
                ["content"] = t.Content?.Trim() ?? string.Empty,
                ["plannedFunds"] = FormEditing.Amount(t.PlannedFunds) is { } funds ? JsonValue.Create(funds) : null,
                ["expectedOutcome"] = t.ExpectedOutcome?.Trim() ?? string.Empty,
            });
        }

        document["keyTasks"] = tasks;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
