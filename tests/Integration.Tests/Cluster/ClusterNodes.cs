using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>
/// Silo nodes (tests/ClusterNode: Filing's clustering and readiness around a test grain) as OS processes on one fresh
/// database that carries the Filing schema, and what the membership table says about them.
/// </summary>
public sealed class ClusterNodes(IsolatedBackends backends, string clusterId)
{
    public string ClusterId { get; } = clusterId;

    public string ConnectionString => backends.ConnectionString;

    /// <summary>Runs every Filing PostgreSQL script with the service's own migrator, as a Filing start would.</summary>
    public static async Task<ClusterNodes> OnFilingSchemaAsync(IsolatedBackends backends)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddServiceDatabase<FilingDbContext>(configuration, "Filing");
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance)
            .MigrateAsync(scope.ServiceProvider.GetRequiredService<FilingDbContext>(), typeof(FilingDbContext).Assembly, CancellationToken.None);
        return new ClusterNodes(backends, "cluster-" + Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>A silo on 127.0.0.1 with its own silo and gateway ports; ready once it is Active in the table.</summary>
    public async Task<ClusterNode> StartAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var siloPort = FreePorts.Next();
        var dll = Path.Combine(RepositoryPaths.Root, "tests", "ClusterNode", "bin", RepositoryPaths.Configuration, "net10.0", "PerfWorkflow.ClusterNode.dll");
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Orleans:ClusterId"] = ClusterId,
            ["Orleans:AdvertisedAddress"] = "127.0.0.1",
            ["Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new ClusterNode(await ServiceProcess.StartProgramAsync("ClusterNode", dll, _ => settings), siloPort);
    }

    /// <summary>Status (Orleans' SiloStatus number) of each silo of the cluster, by silo port.</summary>
    public async Task<IReadOnlyDictionary<int, MemberRow>> MembersAsync()
    {
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT port, status, proxy_port, suspect_times FROM filing_orleans_members WHERE deployment_id = @cluster", connection);
        command.Parameters.AddWithValue("cluster", ClusterId);
        var rows = new Dictionary<int, MemberRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt32(0)] = new MemberRow(reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return rows;
    }
}
