using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Security;

/// <summary>
/// Workflow and Notification run in processes of their own and verify tokens without Filing's tables: Filing's
/// revocations reach them through its outbox and the broker (TokenRevoked, AccountTokensRevoked), and they refuse what
/// Filing refuses once the news has arrived (docs/operations.md, "Token revocation": the window is the bus's delay).
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class RevocationAcrossServicesTests(ITestOutputHelper output)
{
    private const string Filer = "d1a1b729b-filer";
    private const string WorkflowProbe = "api/workflow/filings?fiscalYear=2027";
    private const string NotificationProbe = "api/inbox";

    [Fact]
    public async Task A_signed_out_token_is_refused_by_Workflow_and_Notification_and_a_new_sign_in_is_not()
    {
        await using var services = await SeparateServices.StartAsync();
        var token = await SignInAsync(services);
        await AcceptedEverywhereAsync(services, token);

        using (var filing = Bearer(services.Filing, token))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await filing.PostAsync("api/auth/logout", null)).StatusCode);
        }

        var window = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(
            RefusedOnceTheNewsArrivesAsync(services, services.Workflow, token, WorkflowProbe),
            RefusedOnceTheNewsArrivesAsync(services, services.Notification, token, NotificationProbe));
        output.WriteLine($"A signed-out token was refused by Workflow and Notification {window.ElapsedMilliseconds} ms after the sign-out answered.");
        await AcceptedEverywhereAsync(services, await SignInAsync(services));
    }

    [Fact]
    public async Task Revoking_all_of_an_accounts_tokens_refuses_every_earlier_token_in_Workflow_and_Notification_but_not_a_later_one()
    {
        await using var services = await SeparateServices.StartAsync();
        var first = await SignInAsync(services);
        var second = await SignInAsync(services);
        await AcceptedEverywhereAsync(services, first);
        await AcceptedEverywhereAsync(services, second);

        using (var filing = Bearer(services.Filing, first))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await filing.PostAsync("api/auth/tokens/revoke-all", null)).StatusCode);
        }

        // Issued after the revocation: it carries the account's new stamp, so it stands at once, news or not.
        var later = await SignInAsync(services);
        await AcceptedEverywhereAsync(services, later);
        foreach (var earlier in new[] { first, second })
        {
            await RefusedOnceTheNewsArrivesAsync(services, services.Workflow, earlier, WorkflowProbe);
            await RefusedOnceTheNewsArrivesAsync(services, services.Notification, earlier, NotificationProbe);
        }

        await AcceptedEverywhereAsync(services, later);
        Assert.Equal(1, await services.Backends.ScalarAsync($"SELECT COUNT(*) FROM workflow_account_revocations WHERE user_id = '{Filer}'"));
        Assert.Equal(1, await services.Backends.ScalarAsync($"SELECT COUNT(*) FROM notification_account_revocations WHERE user_id = '{Filer}'"));
    }

    private static async Task<string> SignInAsync(SeparateServices services)
    {
        using var response = await services.Filing.Http.PostAsJsonAsync("api/auth/login", new { userId = Filer, password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task AcceptedEverywhereAsync(SeparateServices services, string token)
    {
        using var workflow = Bearer(services.Workflow, token);
        using var notification = Bearer(services.Notification, token);
        Assert.Equal(HttpStatusCode.OK, (await workflow.GetAsync(WorkflowProbe)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await notification.GetAsync(NotificationProbe)).StatusCode);
    }

    private static async Task RefusedOnceTheNewsArrivesAsync(SeparateServices services, ServiceProcess service, string token, string probe)
    {
        using var client = Bearer(service, token);
        try
        {
            await Eventually.WaitForAsync(
                async () => (await client.GetAsync(probe)).StatusCode == HttpStatusCode.Unauthorized ? "refused" : null,
                $"{service.Service} to refuse the revoked token", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + "\n" + services.Diagnostics(), ex);
        }
    }

    private static HttpClient Bearer(ServiceProcess service, string token)
    {
        var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
