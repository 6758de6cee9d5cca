using System.Net.Http.Json;
using PerfWorkflow.ClusterNode;

namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>One running silo node: its process and the silo port that names its row in the membership table.</summary>
public sealed record ClusterNode(ServiceProcess Process, int SiloPort) : IAsyncDisposable
{
    /// <summary>Visits a locator grain from inside this silo (so a new grain is placed here).</summary>
    public async Task<GrainWhereabouts> VisitAsync(string key) =>
        await Process.Http.GetFromJsonAsync<GrainWhereabouts>($"visit/{key}")
        ?? throw new InvalidOperationException("The node answered an empty visit.");

    /// <summary>Whether this node's silo (S{address}:{port}:{generation}) hosts the activation.</summary>
    public bool Hosts(GrainWhereabouts whereabouts) =>
        whereabouts.Silo.Split(':') is [_, var port, _] && port == SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
