using Microsoft.AspNetCore.Http;

namespace PerfWorkflow.Hosting.Web;

/// <summary>Collects field-level messages (Chinese) for one request and turns them into a 400 ValidationProblem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }

        return this;
    }

    /// <summary>A text over <paramref name="max"/> characters (a comment pasted from a whole document, a hostile 10 MB).</summary>
    public FieldErrors Limit(string? text, int max, string field) =>
        Require(text is null || text.Length <= max, field, $"内容过长：不超过 {max} 个字符（现为 {text?.Length} 个）。");

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public IResult ToResult() => ToResult(StatusCodes.Status400BadRequest);

    /// <summary>The same ValidationProblem with another status: 413 for an upload too large, 422 for a field out of bounds.</summary>
    public IResult ToResult(int statusCode) => Results.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        statusCode: statusCode,
        title: "提交的数据有误",
        detail: "请根据各字段的提示修改后重新提交。",
        extensions: new Dictionary<string, object?> { ["code"] = "request.invalid" });
}
