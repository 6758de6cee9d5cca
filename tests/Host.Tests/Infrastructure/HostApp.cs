using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Filing;
using PerfWorkflow.Hosting;
using PerfWorkflow.Notification;
using PerfWorkflow.Portal;
using PerfWorkflow.Testing;
using PerfWorkflow.Workflow;

namespace PerfWorkflow.Host.Tests.Infrastructure;

/// <summary>
/// The four services in one process, as services/Host composes them, on a TestServer: SQLite in a fresh temp
/// directory, the in-memory bus, local accounts and the demo organisation. The Portal's calls to the services go
/// through the same TestServer, so its pages work without a socket. One per test class.
/// </summary>
public sealed class HostApp : IAsyncLifetime
{
    public const string Password = "Demo@2026";
    public const string PerformanceOffice = "perf-office";
    public const string Finance = "finance-1";
    public const string CleanDepartment = "d1a1b729b";
    public const string OtherDepartment = "d9eaddf6e";

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "perfwf-host-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings a test class needs (set before <see cref="InitializeAsync"/>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Extra services a test class adds (set before <see cref="InitializeAsync"/>), e.g. a telemetry exporter.</summary>
    public Action<IServiceCollection>? AddServices { get; set; }

    public WebApplication App => _app ?? throw new InvalidOperationException("The Host has not started.");

    public TestServer Server => App.GetTestServer();

    public static IReadOnlyList<string> Accounts { get; } =
        [$"{CleanDepartment}-filer", $"{CleanDepartment}-head", $"{OtherDepartment}-filer", Finance, PerformanceOffice];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _app = PerfWorkflowApp.Build([], [new FilingModule(), new WorkflowModule(), new NotificationModule(), new PortalModule()], b =>
        {
            b.WebHost.UseTestServer();
            b.Configuration["Persistence:Provider"] = "Sqlite";
            b.Configuration["Persistence:DataDirectory"] = DataDirectory;
            b.Configuration["Bus:Transport"] = "InMemory";
            // Every test class hosts its own Filing silo: each needs ports of its own (several run at once).
            b.Configuration["Orleans:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Configuration["Orleans:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Configuration["Demo:SeedDirectory"] = RepositoryPaths.Seeds;
            b.Configuration["Demo:FiscalYear"] = "2027";
            b.Configuration["Portal:ApiBaseUrl"] = "http://localhost/";
            foreach (var (key, value) in Settings)
            {
                b.Configuration[key] = value;
            }

            b.Logging.ClearProviders();
            // The Portal's service clients go through the TestServer instead of a socket.
            b.Services.AddSingleton<IHttpMessageHandlerBuilderFilter>(sp => new TestServerHandlerFilter(sp));
            AddServices?.Invoke(b.Services);
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp directory is only litter if it stays.
        }
    }

    public HttpClient Anonymous() => Server.CreateClient();

    /// <summary>A client carrying a demo account's bearer token (signed in once per account).</summary>
    public async Task<HttpClient> AsAsync(string userId)
    {
        var token = _tokens.TryGetValue(userId, out var known) ? known : _tokens[userId] = await SignInAsync(userId);
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Drops the account's kept token (after a test revoked it), so the next <see cref="AsAsync"/> signs in again.</summary>
    public void Forget(string userId) => _tokens.TryRemove(userId, out _);

    /// <summary>A browser-like client of the Portal: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() =>
        new(new CookieContainerHandler { InnerHandler = Server.CreateHandler() }) { BaseAddress = Server.BaseAddress };

    public async Task<string> SignInAsync(string userId, string password = Password)
    {
        using var client = Server.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userId, password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"login of {userId} answered {(int)response.StatusCode}: {body}");
        return body.GetProperty("accessToken").GetString()!;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class TestServerHandlerFilter(IServiceProvider services) : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            if (builder.Name is "filing" or "workflow" or "notification")
            {
                builder.PrimaryHandler = ((TestServer)services.GetRequiredService<IServer>()).CreateHandler();
            }
        };
    }
}
