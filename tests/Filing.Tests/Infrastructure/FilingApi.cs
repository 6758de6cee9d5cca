using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Hosting;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>
/// The Filing service in process, as the embedded default runs it: SQLite in a fresh temp directory, the in-memory
/// bus, local accounts, and the demo organisation loaded from services/Host/DemoData. One per test class; tests keep
/// out of each other's way by opening filings of their own (see <see cref="FilingDriver"/>).
/// </summary>
public sealed class FilingApi : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<int>> _freeYears = DemoOrganisation.Departments.ToDictionary(
        d => d, _ => new Queue<int>(Enumerable.Range(2000, 101).Where(y => !DemoOrganisation.DemoYears.Contains(y)).OrderByDescending(y => y)));
    private int _nextDepartment;
    private WebApplication? _app;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "perfwf-filing-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite file the service keeps its tables in; tests open it only to play the tamperer.</summary>
    public string DatabaseFile => Path.Combine(DataDirectory, "filing.db");

    public WebApplication App => _app ?? throw new InvalidOperationException("The Filing API has not started.");

    public FilingDriver Driver => new(this);

    /// <summary>Every password check sign-in made, with the hash it checked against.</summary>
    public CountingPasswordVerifier Passwords { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _app = PerfWorkflowApp.Build([], [new FilingModule()], b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<PasswordVerifier>(Passwords);
            b.Configuration["Persistence:Provider"] = "Sqlite";
            b.Configuration["Persistence:DataDirectory"] = DataDirectory;
            b.Configuration["Bus:Transport"] = "InMemory";
            // Every test class hosts its own silo: each needs ports of its own (several run at once).
            b.Configuration["Orleans:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Configuration["Orleans:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Configuration["Demo:SeedDirectory"] = RepositoryPaths.DemoData;
            b.Configuration["Demo:FiscalYear"] = DemoOrganisation.DemoYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Logging.ClearProviders();
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

    /// <summary>
    /// A department and fiscal year no filing uses yet (one filing per department and year): the departments take
    /// turns unless one is asked for, so a test class can open a few hundred filings.
    /// </summary>
    public (string DepartmentId, int FiscalYear) ReserveFiling(string? departmentId = null)
    {
        lock (_freeYears)
        {
            var department = departmentId ?? DemoOrganisation.Departments[_nextDepartment++ % DemoOrganisation.Departments.Count];
            return _freeYears[department].TryDequeue(out var year)
                ? (department, year)
                : throw new InvalidOperationException($"No fiscal year left for {department}: use fewer filings per test class.");
        }
    }

    public HttpClient Anonymous() => App.GetTestClient();

    /// <summary>A client carrying a demo account's bearer token (signed in once per account).</summary>
    public async Task<HttpClient> AsAsync(string userId)
    {
        var token = _tokens.TryGetValue(userId, out var known) ? known : _tokens[userId] = await SignInAsync(userId);
        var client = App.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<string> SignInAsync(string userId)
    {
        using var client = App.GetTestClient();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userId, password = DemoOrganisation.Password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"login of {userId} answered {(int)response.StatusCode}: {body}");
        return body.GetProperty("accessToken").GetString()!;
    }
}
