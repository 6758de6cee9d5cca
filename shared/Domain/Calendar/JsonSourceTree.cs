using System.Text;
using System.Text.Json;

namespace PerfWorkflow.Domain.Calendar;

/// <summary>Reads JSON text into <see cref="JsonSourceNode"/>s with line numbers; reports syntax errors instead of throwing.</summary>
internal static class JsonSourceTree
{
    private static readonly JsonReaderOptions Options = new()
    {
        // The file is edited by hand: tolerate comments and a trailing comma rather than reject a correct calendar.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    public static JsonSourceNode? Read(string json, string sourceName, List<CalendarDataError> errors)
    {
        var bytes = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        var newlines = NewlineOffsets(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                errors.Add(new CalendarDataError(sourceName, 1, "", "日历文件是空的。"));
                return null;
            }

            var root = ReadValue(ref reader, newlines);
            while (reader.Read())
            {
                // Only comments may follow the root value; the reader throws on anything else.
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            errors.Add(new CalendarDataError(sourceName, line, "", $"JSON 格式错误：第{line}行第{column}个字节附近无法解析（请检查引号、逗号和括号是否配对）。"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Thrown for text the reader tokenised but cannot decode, e.g. a lone "\ud800" escape.
            var line = LineOf(newlines, reader.TokenStartIndex);
            errors.Add(new CalendarDataError(sourceName, line, "", $"JSON 格式错误：第{line}行含有无法识别的字符转义。"));
            return null;
        }
    }

    private static JsonSourceNode ReadValue(ref Utf8JsonReader reader, int[] newlines)
    {
        var line = LineOf(newlines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonSourceNode(JsonSourceKind.Object, line);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameLine = LineOf(newlines, reader.TokenStartIndex);
                    var name = reader.GetString() ?? "";
                    reader.Read();
                    obj.Properties.Add(new JsonSourceProperty(name, nameLine, ReadValue(ref reader, newlines)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonSourceNode(JsonSourceKind.Array, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, newlines));
                }

                return array;
            case JsonTokenType.String:
                return new JsonSourceNode(JsonSourceKind.String, line) { Text = reader.GetString() ?? "" };
            case JsonTokenType.Number:
                return new JsonSourceNode(JsonSourceKind.Number, line) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonSourceNode(JsonSourceKind.True, line);
            case JsonTokenType.False:
                return new JsonSourceNode(JsonSourceKind.False, line);
            default:
                return new JsonSourceNode(JsonSourceKind.Null, line);
        }
    }

    private static int[] NewlineOffsets(byte[] bytes)
    {
        var offsets = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                offsets.Add(i);
            }
        }

        return [.. offsets];
    }

    private static int LineOf(int[] newlines, long byteOffset)
    {
        var index = Array.BinarySearch(newlines, (int)byteOffset);
        return (index >= 0 ? index : ~index) + 1;
    }
}
