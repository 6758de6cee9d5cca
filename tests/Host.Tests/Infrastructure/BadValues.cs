using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfWorkflow.Host.Tests.Infrastructure;

/// <summary>
/// Generated hostile input from one seeded random source: wrong types, nulls, huge and odd strings, odd charsets,
/// out-of-range numbers and dates. The same seed gives the same requests, so a failure can be replayed.
/// </summary>
public sealed class BadValues(int seed)
{
    private static readonly string[] OddStrings =
    [
        "", " ", "\t\n", "null", "undefined", "0", "-1", "NaN", "true", "名", "<script>alert(1)</script>", "javascript:alert(1)",
        "../../../../etc/passwd", "C:\\Windows\\win.ini", "%00", "\u0000", "\uFEFF", "\uD800", "' OR 1=1 --", "${jndi:ldap://x}",
        "{{7*7}}", "Declaration", "Monitoring", "Rectification", "Closed", "All", "Any", "Single", "performance-office", "finance-division",
        "2027-02-30", "9999-12-31", "0001-01-01", "-2027-01-01", "2027-13-01", "1e400", "-0", "0x10", "١٢٣", "𠀀𠀁", "😀",
        "d1a1b729b", "perf-office", "http://127.0.0.1/", "data:text/html,x",
    ];

    private static readonly JsonNode?[] OddNumbers =
    [
        JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue), JsonValue.Create(long.MaxValue),
        JsonValue.Create(decimal.MaxValue), JsonValue.Create(1e300), JsonValue.Create(-1e-300), JsonValue.Create(2027), JsonValue.Create(0.5),
    ];

    public static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=bogus", "application/json; charset=utf-7",
        "application/json; charset=\"utf-8\"", "application/json; charset=", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/xml", "application/json; charset=utf-16",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public string Huge() => new(Pick(['a', '名', '\'', '<', '0']), Pick([300, 5_000, 70_000, 1_100_000]));

    public string OddString() => _random.Next(8) == 0 ? Huge() : Pick(OddStrings);

    /// <summary>A value for a path or query parameter of the given OpenAPI type.</summary>
    public string PathValue(string? type, string? format, IReadOnlyList<string> realIds) => (type, format) switch
    {
        (_, "uuid") => _random.Next(3) switch { 0 => Pick(realIds), 1 => Guid.NewGuid().ToString(), _ => OddString() },
        ("integer", _) => _random.Next(3) == 0 ? OddString() : Pick(["2027", "2026", "0", "-1", "9999", "2147483647", "2147483648", "99999999999999999999", "1"]),
        _ => _random.Next(3) == 0 ? Pick(["Declaration", "Monitoring", "SelfEvaluation", "Rectification", "DepartmentDeclaration", "ProjectTable", "1"]) : OddString(),
    };

    /// <summary>A JSON value that is usually wrong for <paramref name="schema"/> and sometimes right, to reach deeper code.</summary>
    public JsonNode? ValueFor(JsonElement schema, Func<string, JsonElement?> resolve, int depth = 0)
    {
        if (schema.TryGetProperty("$ref", out var reference) && resolve(reference.GetString()!) is { } target)
        {
            schema = target;
        }

        if (depth > 5 || _random.Next(6) == 0)
        {
            return AnyValue(depth);
        }

        var type = TypeOf(schema);
        switch (type)
        {
            case "object":
                var obj = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        if (_random.Next(5) != 0)
                        {
                            obj[property.Name] = ValueFor(property.Value, resolve, depth + 1);
                        }
                    }
                }

                return obj;
            case "array":
                var array = new JsonArray();
                var count = Pick([0, 1, 2, 3, 50]);
                for (var i = 0; i < count; i++)
                {
                    array.Add(schema.TryGetProperty("items", out var items) ? ValueFor(items, resolve, depth + 1) : AnyValue(depth + 1));
                }

                return array;
            case "integer" or "number":
                return _random.Next(3) == 0 ? JsonValue.Create(OddString()) : Pick(OddNumbers)?.DeepClone();
            case "boolean":
                return _random.Next(2) == 0 ? JsonValue.Create(true) : JsonValue.Create(OddString());
            default:
                return _random.Next(4) == 0 ? AnyValue(depth + 1) : JsonValue.Create(OddString());
        }
    }

    /// <summary>A body as text: mostly JSON shaped by the schema, sometimes broken JSON or deep nesting.</summary>
    public string Body(JsonElement? schema, Func<string, JsonElement?> resolve) => _random.Next(10) switch
    {
        0 => Pick(["", "null", "[]", "{}", "\"x\"", "{\"a\":", "{'a':1}", "\uFEFF{}", "[null]", "{\"steps\":[null]}"]),
        1 => new string('[', 5000) + new string(']', 5000),
        2 => Encoding.UTF8.GetString(Enumerable.Range(0, 64).Select(_ => (byte)_random.Next(256)).ToArray()),
        _ => (schema is { } s ? ValueFor(s, resolve) : AnyValue(0))?.ToJsonString() ?? "null",
    };

    private JsonNode? AnyValue(int depth) => _random.Next(depth > 3 ? 4 : 6) switch
    {
        0 => null,
        1 => JsonValue.Create(OddString()),
        2 => Pick(OddNumbers)?.DeepClone(),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => new JsonArray(AnyValue(depth + 1), AnyValue(depth + 1)),
        _ => new JsonObject { [OddString() is { Length: > 0 and < 100 } key ? key : "k"] = AnyValue(depth + 1) },
    };

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }
}
