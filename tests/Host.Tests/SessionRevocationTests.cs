using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PerfWorkflow.Host.Tests.Infrastructure;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// Signing out ends the session everywhere: a copy of the Portal cookie or of the API token is refused afterwards,
/// and an account's tokens can be revoked by the account itself or by the performance office (also when its role
/// changes or it is disabled). Each test uses accounts of its own, so the demo accounts' tokens stay valid.
/// </summary>
public sealed class SessionRevocationTests(HostApp host) : IClassFixture<HostApp>
{
    private const string NewPassword = "Revoke@2026";

    [Fact]
    public async Task A_portal_cookie_copied_before_logout_is_refused_after_it()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = host.Server.CreateHandler() }) { BaseAddress = host.Server.BaseAddress };
        await SignInToPortalAsync(browser, await NewAccountAsync("filer"));
        using var thief = host.Server.CreateClient();
        thief.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(host.Server.BaseAddress));
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/")).StatusCode);

        var antiforgery = await PortalPages.AntiforgeryTokenAsync(browser, "/");
        using var logout = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var after = await thief.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_is_refused_by_every_service_after_its_holder_signs_out_and_a_new_sign_in_works()
    {
        var user = await NewAccountAsync("filer");
        using var client = Bearer(await host.SignInAsync(user, NewPassword));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/notifications/preferences")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/workflow/extension-applications")).StatusCode);
        using var again = Bearer(await host.SignInAsync(user, NewPassword));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Revoking_all_of_ones_own_tokens_refuses_every_earlier_token()
    {
        var user = await NewAccountAsync("department-head");
        using var laptop = Bearer(await host.SignInAsync(user, NewPassword));
        using var script = Bearer(await host.SignInAsync(user, NewPassword));

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.PostAsync("/api/auth/tokens/revoke-all", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task The_performance_office_revokes_a_users_tokens_and_nobody_else_may()
    {
        var user = await NewAccountAsync("filer");
        using var token = Bearer(await host.SignInAsync(user, NewPassword));
        using var finance = await host.AsAsync(HostApp.Finance);
        using var office = await host.AsAsync(HostApp.PerformanceOffice);

        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsync($"/api/organisation/users/{user}/revoke-tokens", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/organisation/users/{user}/revoke-tokens", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_refuses_the_users_earlier_tokens()
    {
        var user = await NewAccountAsync("filer");
        using var token = Bearer(await host.SignInAsync(user, NewPassword));
        using var office = await host.AsAsync(HostApp.PerformanceOffice);

        using var changed = await office.PutAsJsonAsync($"/api/organisation/users/{user}", new { role = "department-head" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/auth/me")).StatusCode);
        using var again = Bearer(await host.SignInAsync(user, NewPassword));
        Assert.Equal("department-head", (await again.GetAnswerAsync("/api/auth/me")).Json.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_disabled_account_loses_its_tokens_and_cannot_sign_in()
    {
        var user = await NewAccountAsync("filer");
        using var token = Bearer(await host.SignInAsync(user, NewPassword));
        using var office = await host.AsAsync(HostApp.PerformanceOffice);

        using var disabled = await office.PutAsJsonAsync($"/api/organisation/users/{user}", new { disabled = true });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/auth/me")).StatusCode);
        using var anonymous = host.Anonymous();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { userId = user, password = NewPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> NewAccountAsync(string role)
    {
        var id = "r" + Guid.NewGuid().ToString("N")[..12];
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var answer = await office.SendAnswerAsync(HttpMethod.Post, "/api/organisation/users",
            new { id, displayName = "吊销测试", role, departmentId = HostApp.CleanDepartment, password = NewPassword });
        Assert.True(answer.Status == 201, answer.ToString());
        return id;
    }

    private static async Task SignInToPortalAsync(HttpClient browser, string userId)
    {
        var token = await PortalPages.AntiforgeryTokenAsync(browser, "/Account/Login");
        using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = userId,
            ["Password"] = NewPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
