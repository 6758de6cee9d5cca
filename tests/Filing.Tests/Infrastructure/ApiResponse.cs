using System.Net;
using System.Text.Json;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>What an API call answered: status, media type and body (JSON, or undefined when there is none).</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, JsonElement Body, byte[] Bytes)
{
    public int Code => (int)Status;

    public bool IsSuccess => Code is >= 200 and < 300;

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var body = default(JsonElement);
            if (bytes.Length > 0 && mediaType is not null && mediaType.Contains("json", StringComparison.Ordinal))
            {
                body = JsonDocument.Parse(bytes).RootElement.Clone();
            }

            return new ApiResponse(response.StatusCode, mediaType, body, bytes);
        }
    }

    /// <summary>The body, after checking the call succeeded (the failure message carries the answer).</summary>
    public JsonElement Ok()
    {
        Assert.True(IsSuccess, $"expected success, got {Code}: {Body}");
        return Body;
    }

    public override string ToString() => $"{Code} {MediaType} {(Body.ValueKind == JsonValueKind.Undefined ? $"({Bytes.Length} bytes)" : Body.ToString())}";
}
