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

    public async Task<(string DepartmentId, Guid FilingId)> FirstDemoFilingAsync()
    {
        var filings = await Filing.Http.GetFromJsonAsync<JsonElement>("api/filings?fiscalYear=2027");
        var first = filings.EnumerateArray().OrderBy(f => f.GetProperty("departmentId").GetString(), StringComparer.Ordinal).First();
        return (first.GetProperty("departmentId").GetString()!, first.GetProperty("id").GetGuid());
    }

    public async Task<JsonElement> ActAsync(Guid filingId, string action, object body)
    {
        using var response = await Filing.Http.PostAsJsonAsync($"api/filings/{filingId}/{action}", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}: {json}");
        }

        return json;
    }

    /// <summary>The user's inbox items of one kind for one filing, once at least one is there.</summary>
    public Task<List<JsonElement>> InboxItemsAsync(string userId, Guid filingId, string kind) =>
        Eventually.WaitForAsync(async () =>
        {
            var inbox = await Notification.Http.GetFromJsonAsync<JsonElement>($"api/inbox/{userId}?pageSize=200");
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
