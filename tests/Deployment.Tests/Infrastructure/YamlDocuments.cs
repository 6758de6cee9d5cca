using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>
/// Every document of a YAML stream as a <see cref="JsonNode"/> tree (easy to walk with indexers). Scalars stay
/// strings, as YAML wrote them; anchors, aliases and compose's <c>&lt;&lt;</c> merge keys are resolved.
/// </summary>
public static class YamlDocuments
{
    public static IReadOnlyList<JsonNode> Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new MergingParser(new Parser(new StringReader(yaml)));
        parser.Consume<StreamStart>();
        var documents = new List<JsonNode>();
        while (parser.Accept<DocumentStart>(out _))
        {
            var document = deserializer.Deserialize<object?>(parser);
            if (document is not null)
            {
                documents.Add(ToNode(document)!);
            }
        }

        return documents;
    }

    public static JsonNode ParseSingle(string yaml) =>
        Parse(yaml) is [var only] ? only : throw new InvalidOperationException("Expected exactly one YAML document.");

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(Convert.ToString(p.Key, System.Globalization.CultureInfo.InvariantCulture)!, ToNode(p.Value)))),
        IList<object?> list => new JsonArray(list.Select(ToNode).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
