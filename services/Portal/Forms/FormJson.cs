using System.Text.Json;
using System.Text.Json.Nodes;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Forms;

/// <summary>A saved document read as its domain form, and a domain form written back as the JSON the Filing API saves.</summary>
public static class FormJson
{
    public static T To<T>(JsonElement document) =>
        document.Deserialize<T>(ApiResponses.Json) ?? throw new JsonException("The saved document is empty.");

    public static JsonNode ToNode<T>(T form) => JsonSerializer.SerializeToNode(form, ApiResponses.Json)!;
}
