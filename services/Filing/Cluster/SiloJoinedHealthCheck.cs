using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// Ready only while this process's silo is Active in the cluster's membership: before it has joined, nothing may be
/// routed to it, and once it is shutting down (or was declared dead by the others) the load balancer must stop
/// sending it requests, which then finish on the silos that own the filings now.
/// </summary>
public sealed class SiloJoinedHealthCheck(IClusterMembershipService membership, ILocalSiloDetails localSilo) : IHealthCheck
{
    public const string Name = "filing-silo";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(localSilo.SiloAddress);
        var data = new Dictionary<string, object>
        {
            ["silo"] = localSilo.SiloAddress.ToString(),
            ["status"] = status.ToString(),
            ["membershipVersion"] = snapshot.Version.Value,
        };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is an active member of its cluster.", data)
            : HealthCheckResult.Unhealthy($"The silo is {status} in its cluster's membership, not Active.", data: data));
    }
}
