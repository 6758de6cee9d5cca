using System.Net.Sockets;
using Orleans.Configuration;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// Where a Filing silo finds the others, how fast it gives up on a dead one, and the readiness that waits for it to
/// join. Embedded (SQLite): one silo on localhost. Distributed (PostgreSQL): membership in the Filing database, in
/// tables created by Schema/postgres/0004_orleans_membership.sql.
/// </summary>
public static class FilingClustering
{
    /// <summary>The ADO.NET invariant of the PostgreSQL driver; the app references Npgsql so the provider can load it.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Settings under this section override the failure-detection defaults below, by Orleans' own names.</summary>
    public const string MembershipSection = "Orleans:Membership";

    public static void Configure(ISiloBuilder silo, IConfiguration configuration)
    {
        var settings = FilingClusterSettings.From(configuration);
        if (settings.Clustering == FilingClusteringMode.Localhost)
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primarySiloEndpoint: null, settings.ServiceId, settings.ClusterId);
        }
        else
        {
            var database = DatabaseSettings.For(configuration, "Filing");
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = database.ConnectionString;
            });
            if (settings.AdvertisedAddress is { } address)
            {
                // Kubernetes: the pod IP from the downward API, the one address the other pods can reach.
                silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
            }
            else
            {
                // Compose and plain hosts: the address the host name resolves to.
                silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: false);
            }
        }

        // The request's trace continues into the grain (and so into the outbox rows it writes); spans are made only
        // while OpenTelemetry listens (Telemetry:OtlpEndpoint), so this costs nothing otherwise.
        silo.AddActivityPropagation();
        silo.Services.AddOptions<ClusterMembershipOptions>()
            .Configure(UseFailureDetectionDefaults)
            .Bind(configuration.GetSection(MembershipSection));
        silo.Services.AddHealthChecks().AddCheck<SiloJoinedHealthCheck>(SiloJoinedHealthCheck.Name, tags: ["ready"]);
        if (settings.DashboardEnabled)
        {
            FilingDashboard.AddTo(silo, settings);
        }
    }

    /// <summary>
    /// Failure detection for a cluster of two to six silos (the Deployment's autoscaler range).
    /// A silo killed without shutting down stays Active in the table until the others declare it dead, and until then
    /// calls to its filings fail. Orleans declares a silo dead once it has missed <c>NumMissedProbesLimit</c> probes in
    /// a row from a prober and enough probers have voted. Votes needed = min(NumVotesForDeathDeclaration,
    /// (active silos + 1) / 2): with two silos the survivor's single vote suffices, so the default of two votes is
    /// kept for the larger cluster, where one prober with a bad link must not evict a healthy silo on its own.
    /// What is tuned is the probe period: 2 s instead of 5 s (adaptive between 1 s and 8 s), three misses, so a killed
    /// silo is declared dead within about 6–10 s instead of 15–20 s. A probe is a small message answered outside the
    /// grains' queues, so two seconds is still far above a healthy silo's answer even under a full-GC pause; a
    /// degraded prober extends its own timeouts (ExtendProbeTimeoutDuringDegradation) rather than vote wrongly.
    /// </summary>
    private static void UseFailureDetectionDefaults(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;
        // Each rollout leaves one Dead row per old pod; a day of them is enough to diagnose with.
        options.DefunctSiloExpiration = TimeSpan.FromDays(1);
    }
}
