using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfWorkflow.Portal.Api;

/// <summary>How the Portal reads the services' answers: JSON with enum names, and ProblemDetails on refusal.</summary>
public static class ApiResponses
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<(T? Value, ApiProblem? Problem)> SendAsync<T>(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
        }

        return (default, await ReadProblemAsync(response, cancellationToken));
    }

    public static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
            var errors = json.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray())
                : [];
            return new ApiProblem(
                status,
                json.TryGetProperty("title", out var t) ? t.GetString() ?? "操作失败" : "操作失败",
                json.TryGetProperty("detail", out var d) ? d.GetString() : null,
                errors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, "操作失败", $"服务返回了错误（{status}）。", new Dictionary<string, string[]>());
        }
    }
}
