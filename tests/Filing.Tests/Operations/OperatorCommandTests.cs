using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Commands;

namespace PerfWorkflow.Filing.Tests.Operations;

/// <summary>
/// What an operator does to a fresh Filing deployment (docs/operations.md): migrate the schema with a separate
/// command, create the first administrator, and read readiness without the broker in it. A fresh SQLite database
/// per test, no demo data.
/// </summary>
public sealed class OperatorCommandTests : IDisposable
{
    private const string AdminPassword = "Bootstrap@2026-first";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "perfwf-operator-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Bootstrap_admin_creates_the_first_performance_office_account_once_and_it_can_sign_in_and_add_departments()
    {
        await using var app = await StartAsync(migrateOnStart: true);
        var command = Command(app, BootstrapAdminCommand.CommandName);

        var first = await RunAsync(command, ["--user", "office-admin", "--name", "绩效办管理员", "--region", "广州市"], AdminPassword);
        var second = await RunAsync(command, ["--user", "someone-else", "--name", "另一人", "--region", "广州市"], AdminPassword);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(BootstrapAdminCommand.Refused, second.ExitCode);
        using var client = app.GetTestClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { userId = "office-admin", password = AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("performance-office", body.GetProperty("user").GetProperty("role").GetString());
        using var refusedLogin = await client.PostAsJsonAsync("/api/auth/login", new { userId = "someone-else", password = AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, refusedLogin.StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        using var department = await client.PostAsJsonAsync("/api/organisation/departments", new { id = "d-first", name = "第一个部门" });
        Assert.Equal(HttpStatusCode.Created, department.StatusCode);
    }

    [Theory]
    [InlineData("short-pw")]
    [InlineData("")]
    public async Task Bootstrap_admin_refuses_a_short_or_missing_password_and_creates_nobody(string password)
    {
        await using var app = await StartAsync(migrateOnStart: true);
        var command = Command(app, BootstrapAdminCommand.CommandName);

        var run = await RunAsync(command, ["--user", "office-admin", "--name", "绩效办管理员", "--region", "广州市"], password);
        var missingRegion = await RunAsync(command, ["--user", "office-admin", "--name", "绩效办管理员"], AdminPassword);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, missingRegion.ExitCode);
        using var client = app.GetTestClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { userId = "office-admin", password = password.Length > 0 ? password : AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Without_migrate_on_start_the_service_refuses_an_unmigrated_database_until_the_migrate_command_has_run()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var unmigrated = await StartAsync(migrateOnStart: false);
        });

        var exitCode = await PerfWorkflowApp.RunAsync([MigrateCommand.CommandName], [new FilingModule()], b => Configure(b, migrateOnStart: false));

        Assert.Contains("migrate", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        await using var migrated = await StartAsync(migrateOnStart: false);
        using var client = migrated.GetTestClient();
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Readiness_checks_the_database_but_never_the_bus_which_has_an_endpoint_of_its_own()
    {
        await using var app = await StartAsync(migrateOnStart: true);
        var registrations = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        var ready = registrations.Where(r => r.Tags.Contains("ready")).Select(r => r.Name).ToList();
        var bus = Assert.Single(registrations, r => r.Tags.Contains("bus"));

        Assert.Contains("Filing-database", ready);
        Assert.DoesNotContain(bus.Name, ready);
        Assert.DoesNotContain("ready", bus.Tags);
        using var client = app.GetTestClient();
        using var busHealth = await client.GetAsync("/health/bus");
        Assert.Equal(HttpStatusCode.OK, busHealth.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp directory is only litter if it stays.
        }
    }

    private async Task<WebApplication> StartAsync(bool migrateOnStart)
    {
        var app = PerfWorkflowApp.Build([], [new FilingModule()], b => Configure(b, migrateOnStart));
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private void Configure(WebApplicationBuilder builder, bool migrateOnStart)
    {
        builder.WebHost.UseTestServer();
        builder.Configuration["Persistence:Provider"] = "Sqlite";
        builder.Configuration["Persistence:DataDirectory"] = _dataDirectory;
        builder.Configuration["Persistence:MigrateOnStart"] = migrateOnStart ? "true" : "false";
        builder.Configuration["Bus:Transport"] = "InMemory";
        // Filing hosts an Orleans silo: test classes run at once and each needs ports of its own.
        builder.Configuration["Orleans:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["Orleans:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Logging.ClearProviders();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IServiceCommand Command(WebApplication app, string name) =>
        app.Services.GetServices<IServiceCommand>().Single(c => c.Name == name);

    private static async Task<(int ExitCode, string Output)> RunAsync(IServiceCommand command, string[] arguments, string stdin)
    {
        using var output = new StringWriter();
        var exitCode = await command.RunAsync(arguments, new StringReader(stdin + "\n"), output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
