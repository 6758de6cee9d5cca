using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>The few HTTP calls the benchmark makes, as one signed-in user.</summary>
public sealed class Api(HttpClient http, string token)
{
    public static async Task<Api> SignInAsync(HttpClient http, string userId, string password)
    {
        using var response = await http.PostAsJsonAsync("api/auth/login", new { userId, password });
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Api(http, json.GetProperty("accessToken").GetString()!);
    }

    public Api On(HttpClient other) => new(other, token);

    public async Task<JsonElement> PostAsync(string path, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? (text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone())
            : throw new HttpRequestException($"POST {path} → {(int)response.StatusCode}: {text}");
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new HttpRequestException($"GET {path} → {(int)response.StatusCode}: {text}");
    }

    public async Task UploadAsync(string path, byte[] file, string fileName)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"upload {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
