using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// Token revocation kept in Filing's PostgreSQL database: a signed-out token, and every token of an account whose
/// tokens were revoked, is refused by the Filing process; organisation changes and sign-ins are in the organisation's
/// audit chain there too. (The same on SQLite and through the Portal: tests/Host.Tests/SessionRevocationTests.)
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class TokenRevocationTests(FilingServiceFixture service) : IClassFixture<FilingServiceFixture>
{
    private const string Password = "Revoke@2026";

    [Fact]
    public async Task A_signed_out_token_is_refused_and_the_sign_out_is_audited_on_PostgreSQL()
    {
        var user = await NewAccountAsync();
        using var client = await SignedInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/auth/me")).StatusCode);
        var lines = (await service.Calls.GetAsync("perf-office", "api/organisation/audit")).EnumerateArray().ToList();
        Assert.Contains(lines, l => l.GetProperty("action").GetString() == "sign-out" && l.GetProperty("actor").GetString() == user);
        Assert.Contains(lines, l => l.GetProperty("action").GetString() == "user.created" && l.GetProperty("subject").GetString() == user);
        Assert.True((await service.Calls.GetAsync("perf-office", "api/organisation/audit/verify")).GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task Every_token_of_an_account_the_office_revoked_is_refused_on_PostgreSQL()
    {
        var user = await NewAccountAsync();
        using var first = await SignedInAsync(user);
        using var second = await SignedInAsync(user);

        var (status, _) = await service.Calls.SendAsync("perf-office", HttpMethod.Post, $"api/organisation/users/{user}/revoke-tokens");

        Assert.Equal(204, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("api/auth/me")).StatusCode);
        using var again = await SignedInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("api/auth/me")).StatusCode);
    }

    private async Task<string> NewAccountAsync()
    {
        var id = "r" + Guid.NewGuid().ToString("N")[..12];
        var department = await service.FirstDepartmentAsync();
        var (status, body) = await service.Calls.SendAsync("perf-office", HttpMethod.Post, "api/organisation/users",
            new { id, displayName = "吊销测试", role = "filer", departmentId = department, password = Password });
        Assert.True(status == 201, body.ToString());
        return id;
    }

    private async Task<HttpClient> SignedInAsync(string userId)
    {
        using var response = await service.Service.Http.PostAsJsonAsync("api/auth/login", new { userId, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = service.Service.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
