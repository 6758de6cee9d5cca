using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// Calls a running Filing service as the demo accounts (one sign-in per account), answering status and body for
/// every call so tests can count winners and losers.
/// </summary>
public sealed class FilingCalls(ServiceProcess filing) : IDisposable
{
    public const string Password = "Demo@2026";

    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    /// <summary>A client for <paramref name="service"/> (Filing by default) carrying the account's token.</summary>
    public async Task<HttpClient> AsAsync(string userId, ServiceProcess? service = null)
    {
        var key = $"{userId}@{(service ?? filing).BaseAddress}";
        if (_clients.TryGetValue(key, out var known))
        {
            return known;
        }

        using var response = await filing.Http.PostAsJsonAsync("api/auth/login", new { userId, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = (service ?? filing).BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _clients.GetOrAdd(key, client);
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(string userId, HttpMethod method, string url, object? body = null, string? idempotencyKey = null)
    {
        var client = await AsAsync(userId);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(int Status, JsonElement Body)> PostAsync(string userId, Guid filingId, string action, object? body = null, string? idempotencyKey = null) =>
        SendAsync(userId, HttpMethod.Post, $"api/filings/{filingId}/{action}", body ?? new { }, idempotencyKey);

    /// <summary>Acts and insists it worked; the failure names the answer.</summary>
    public async Task<JsonElement> MustAsync(string userId, Guid filingId, string action, object? body = null)
    {
        var (status, json) = await PostAsync(userId, filingId, action, body);
        Assert.True(status == 200, $"{userId} {action} answered {status}: {json}");
        return json;
    }

    public async Task<JsonElement> GetAsync(string userId, string url)
    {
        var (status, json) = await SendAsync(userId, HttpMethod.Get, url);
        Assert.True(status == 200, $"GET {url} answered {status}: {json}");
        return json;
    }

    public async Task<JsonElement> ImportAsync(string userId, Guid filingId, byte[] bytes, string fileName)
    {
        var client = await AsAsync(userId);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        using var response = await client.PostAsync($"api/filings/{filingId}/forms/import", form);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"import of {fileName} answered {(int)response.StatusCode}: {json}");
        Assert.False(json.GetProperty("hasErrors").GetBoolean(), $"{fileName} has errors: {json.GetProperty("findings")}");
        return json;
    }

    public async Task AssertAuditIntactAsync(Guid filingId)
    {
        var verified = await GetAsync("perf-office", $"api/filings/{filingId}/audit/verify");
        Assert.True(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
