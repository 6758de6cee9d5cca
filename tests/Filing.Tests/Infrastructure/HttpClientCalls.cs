using System.Net.Http.Json;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>The few ways the tests call the API, each answering an <see cref="ApiResponse"/> whatever the status.</summary>
public static class HttpClientCalls
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<ApiResponse> GetApiAsync(this HttpClient client, string url) =>
        await ApiResponse.ReadAsync(await client.GetAsync(url));

    public static async Task<ApiResponse> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyHeader, idempotencyKey);
        }

        return await ApiResponse.ReadAsync(await client.SendAsync(request));
    }

    public static Task<ApiResponse> PostJsonAsync(this HttpClient client, string url, object? body, string? idempotencyKey = null) =>
        client.SendJsonAsync(HttpMethod.Post, url, body, idempotencyKey);

    public static Task<ApiResponse> PutJsonAsync(this HttpClient client, string url, object? body) =>
        client.SendJsonAsync(HttpMethod.Put, url, body);

    /// <summary>A request with a body exactly as given (malformed JSON, a wrong media type).</summary>
    public static async Task<ApiResponse> SendRawAsync(this HttpClient client, HttpMethod method, string url, string content, string mediaType)
    {
        var body = new StringContent(content, System.Text.Encoding.UTF8);
        body.Headers.Remove("Content-Type");
        body.Headers.TryAddWithoutValidation("Content-Type", mediaType); // as sent: odd charsets, quoted parameters
        using var request = new HttpRequestMessage(method, url) { Content = body };
        return await ApiResponse.ReadAsync(await client.SendAsync(request));
    }

    /// <summary>A file upload as the portal sends it: multipart/form-data with one part named <c>file</c>.</summary>
    public static async Task<ApiResponse> UploadAsync(this HttpClient client, string url, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
            fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/plain");
        form.Add(file, "file", fileName);
        return await ApiResponse.ReadAsync(await client.PostAsync(url, form));
    }
}
