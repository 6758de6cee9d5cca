using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Infrastructure;

/// <summary>
/// Filing, Workflow and Notification as three processes that share nothing but one PostgreSQL database (each with its
/// own tables) and one RabbitMQ virtual host. Consumers start first so their durable queues exist before Filing
/// publishes, as a deployment would order them.
/// </summary>
public sealed class SeparateServices : IAsyncDisposable
{
    private SeparateServices(IsolatedBackends backends, ServiceProcess filing, ServiceProcess workflow, ServiceProcess notification)
    {
        Backends = backends;
        Filing = filing;
        Workflow = workflow;
        Notification = notification;
    }

    public IsolatedBackends Backends { get; }
    public ServiceProcess Filing { get; }
    public ServiceProcess Workflow { get; }
    public ServiceProcess Notification { get; }

    public static async Task<SeparateServices> StartAsync()
    {
        var backends = await IsolatedBackends.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = backends.RabbitMqUri.ToString(),
            ["Auth:SigningKey"] = "integration-tests-signing-key-" + Guid.NewGuid().ToString("N"),
        };
        var notification = await ServiceProcess.StartAsync("Notification", settings);
        var workflow = await ServiceProcess.StartAsync("Workflow", settings);
        var filing = await ServiceProcess.StartAsync("Filing", new Dictionary<string, string>(settings)
        {
            ["Demo:SeedDirectory"] = RepositoryPaths.Seeds,
            ["Demo:FiscalYear"] = "2027",
        });
        return new SeparateServices(backends, filing, workflow, notification);
    }

    /// <summary>Signs a demo account in and returns a client for <paramref name="service"/> that carries its token.</summary>
    public async Task<HttpClient> AsAsync(string userId, ServiceProcess? service = null)
    {
        using var response = await Filing.Http.PostAsJsonAsync("api/auth/login", new { userId, password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = (service ?? Filing).BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<(string DepartmentId, Guid FilingId)> FirstDemoFilingAsync()
    {
        using var office = await AsAsync("perf-office");
        var filings = await office.GetFromJsonAsync<JsonElement>("api/filings?fiscalYear=2027");
        var first = filings.EnumerateArray().OrderBy(f => f.GetProperty("departmentId").GetString(), StringComparer.Ordinal).First();
        return (first.GetProperty("departmentId").GetString()!, first.GetProperty("id").GetGuid());
    }

    public async Task<JsonElement> ActAsync(string userId, Guid filingId, string action, object? body = null)
    {
        using var client = await AsAsync(userId);
        using var response = await client.PostAsJsonAsync($"api/filings/{filingId}/{action}", body ?? new { });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}: {json}");
        }

        return json;
    }

    /// <summary>The last lines each service process wrote, for a failure message.</summary>
    public string Diagnostics() =>
        string.Join("\n", new[] { Filing, Workflow, Notification }.Select(p => $"--- {p.Service} ---\n{string.Join('\n', p.Output.Split('\n').TakeLast(40))}"));

    /// <summary>The user's inbox items of one kind for one filing, once at least one is there.</summary>
    public async Task<List<JsonElement>> InboxItemsAsync(string userId, Guid filingId, string kind)
    {
        try
        {
            return await WaitForInboxItemsAsync(userId, filingId, kind);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + "\n" + Diagnostics(), ex);
        }
    }

    private Task<List<JsonElement>> WaitForInboxItemsAsync(string userId, Guid filingId, string kind) =>
        Eventually.WaitForAsync(async () =>
        {
            using var client = await AsAsync(userId, Notification);
            var inbox = await client.GetFromJsonAsync<JsonElement>("api/inbox?pageSize=200");
            var items = inbox.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("filingId").GetGuid() == filingId && i.GetProperty("kind").GetString() == kind)
                .ToList();
            return items.Count > 0 ? items : null;
        }, $"a '{kind}' inbox item for {userId}");

    public async ValueTask DisposeAsync()
    {
        await Filing.DisposeAsync();
        await Workflow.DisposeAsync();
        await Notification.DisposeAsync();
        await Backends.DisposeAsync();
    }
}
