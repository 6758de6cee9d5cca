using System.Text.Json;

namespace PerfWorkflow.Host.Tests.Infrastructure;

/// <summary>One operation of the OpenAPI document: method, path template, parameters and the body it takes.</summary>
public sealed record ApiOperation(
    string Method,
    string Path,
    IReadOnlyList<(string Name, string In, string? Type, string? Format)> Parameters,
    JsonElement? BodySchema,
    string? BodyMediaType)
{
    public static IReadOnlyList<ApiOperation> From(JsonElement document)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var parameters = new List<(string, string, string?, string?)>();
                if (operation.Value.TryGetProperty("parameters", out var list))
                {
                    foreach (var p in list.EnumerateArray())
                    {
                        var schema = p.TryGetProperty("schema", out var s) ? s : default;
                        parameters.Add((p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
                            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null));
                    }
                }

                JsonElement? bodySchema = null;
                string? mediaType = null;
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    var first = content.EnumerateObject().First();
                    mediaType = first.Name;
                    bodySchema = first.Value.TryGetProperty("schema", out var bs) ? bs.Clone() : null;
                }

                operations.Add(new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, bodySchema, mediaType));
            }
        }

        return operations;
    }

    public override string ToString() => $"{Method} {Path}";
}
