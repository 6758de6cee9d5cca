namespace PerfWorkflow.Domain.Calendar;

internal enum JsonSourceKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers the line it started on, so that a finance-bureau clerk editing the calendar
/// file by hand is told "第12行" and not just "holidays[3]". System.Text.Json's DOM forgets positions.
/// </summary>
internal sealed class JsonSourceNode(JsonSourceKind kind, int line)
{
    public JsonSourceKind Kind { get; } = kind;

    public int Line { get; } = line;

    /// <summary>String value, or a number's text as written.</summary>
    public string Text { get; init; } = "";

    public List<JsonSourceNode> Items { get; } = [];

    public List<JsonSourceProperty> Properties { get; } = [];

    public string KindName => Kind switch
    {
        JsonSourceKind.Object => "对象",
        JsonSourceKind.Array => "数组",
        JsonSourceKind.String => "字符串",
        JsonSourceKind.Number => "数字",
        JsonSourceKind.True or JsonSourceKind.False => "布尔值",
        _ => "null",
    };
}
