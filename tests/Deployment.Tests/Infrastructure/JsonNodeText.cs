using System.Text.Json.Nodes;

namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>Reads YAML-born nodes, whose scalars are all strings.</summary>
public static class JsonNodeText
{
    public static string? Text(this JsonNode? node) => node is JsonValue value ? value.GetValue<string>() : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node) => node is JsonArray array ? array.OfType<JsonNode>() : [];

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(this JsonNode? node) => node is JsonObject map ? map : [];
}
