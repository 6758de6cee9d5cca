using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using PerfWorkflow.ClusterNode;
using PerfWorkflow.Filing.Cluster;
using PerfWorkflow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>
/// Filing's PostgreSQL membership (Schema/postgres/0004_orleans_membership.sql) and clustering settings
/// (FilingClustering) with real silos: two OS processes on one fresh database, an outside client, and a SIGKILL.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class SiloClusterTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_silos_join_through_the_filing_schema_call_each_other_and_serve_a_client_that_finds_them_in_the_database()
    {
        await using var backends = await IsolatedBackends.CreateAsync();
        var cluster = await ClusterNodes.OnFilingSchemaAsync(backends);
        var adminPort = FreePorts.Next();
        await using var first = await cluster.StartAsync(new Dictionary<string, string>
        {
            ["Orleans:Dashboard:Enabled"] = "true",
            ["Orleans:Dashboard:Port"] = adminPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await using var second = await cluster.StartAsync();

        // Readiness waited for each to be Active; the table agrees, with a gateway on each.
        var members = await cluster.MembersAsync();
        Assert.Equal(new[] { first.SiloPort, second.SiloPort }.Order(), members.Keys.Order());
        Assert.All(members.Values, m => Assert.Equal(MemberRow.Active, m.Status));
        Assert.All(members.Values, m => Assert.True(m.GatewayPort > 0));

        var onFirst = await first.VisitAsync("placed-on-first");
        var onSecond = await second.VisitAsync("placed-on-second");
        Assert.True(first.Hosts(onFirst), onFirst.Silo);
        Assert.True(second.Hosts(onSecond), onSecond.Silo);

        using var client = await StartClientAsync(cluster);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        // Silo to silo: a grain on the first calls the one on the second, which keeps its count (same activation).
        var across = await grains.GetGrain<ILocatorGrain>("placed-on-first").VisitOtherAsync("placed-on-second");
        Assert.True(second.Hosts(across), across.Silo);
        Assert.Equal(2, across.Calls);
        Assert.Equal(onFirst.Silo, (await grains.GetGrain<ILocatorGrain>("placed-on-first").VisitAsync()).Silo);

        // The dashboard answers on the admin port only, whatever Host header a caller on the API port sends.
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{adminPort}/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await first.Process.Http.GetAsync("dashboard/")).StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "dashboard/") { Headers = { Host = $"127.0.0.1:{adminPort}" } };
        Assert.Equal(HttpStatusCode.NotFound, (await first.Process.Http.SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Process.Http.GetAsync("dashboard/")).StatusCode);
    }

    [Fact]
    public async Task A_silo_killed_without_shutting_down_is_declared_dead_by_the_survivor_and_its_grains_come_back_there()
    {
        await using var backends = await IsolatedBackends.CreateAsync();
        var cluster = await ClusterNodes.OnFilingSchemaAsync(backends);
        await using var survivor = await cluster.StartAsync();
        await using var victim = await cluster.StartAsync();
        var keys = Enumerable.Range(0, 10).Select(i => $"victim-{i}").ToList();
        foreach (var key in keys)
        {
            Assert.True(victim.Hosts(await victim.VisitAsync(key)));
        }

        await survivor.VisitAsync("survivor-0");
        using var client = await StartClientAsync(cluster);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        var clock = Stopwatch.StartNew();
        await victim.Process.KillAsync();

        var dead = await Eventually.WaitForAsync(
            async () => (await cluster.MembersAsync())[victim.SiloPort] is { Status: MemberRow.Dead } row ? row : null,
            "the survivor to declare the killed silo dead", TimeSpan.FromSeconds(60));
        output.WriteLine($"Killed silo declared dead after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains($"127.0.0.1:{survivor.SiloPort}", dead.SuspectTimes, StringComparison.Ordinal);
        Assert.Equal(MemberRow.Active, (await cluster.MembersAsync())[survivor.SiloPort].Status);

        // Every grain of the dead silo is activated anew on the survivor: its in-memory count starts again.
        foreach (var key in keys)
        {
            var back = await Eventually.WaitForAsync(
                async () => await TryVisitAsync(grains, key), $"grain {key} to answer again", TimeSpan.FromSeconds(30));
            Assert.True(survivor.Hosts(back), back.Silo);
            Assert.Equal(1, back.Calls);
        }

        output.WriteLine($"All {keys.Count} grains of the killed silo answered from the survivor after {clock.Elapsed.TotalSeconds:F1} s");

        // The survivor's own grain is still served there.
        Assert.True(survivor.Hosts(await grains.GetGrain<ILocatorGrain>("survivor-0").VisitAsync()));
    }

    /// <summary>An Orleans client outside the cluster, with the gateways read from the membership table.</summary>
    private static async Task<IHost> StartClientAsync(ClusterNodes cluster)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = "filing";
            })
            .UseAdoNetClustering(o =>
            {
                o.Invariant = FilingClustering.NpgsqlInvariant;
                o.ConnectionString = cluster.ConnectionString;
            }));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>A call answered, or null while the cluster still routes the grain to the dead silo.</summary>
    private static async Task<GrainWhereabouts?> TryVisitAsync(IClusterClient grains, string key)
    {
        try
        {
            return await grains.GetGrain<ILocatorGrain>(key).VisitAsync();
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            return null;
        }
    }
}
