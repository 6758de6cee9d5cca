using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// Readiness of the Filing service beyond its database: the silo has started and the demo data (when configured)
/// is loaded. Both happen in hosted services that start after the silo's, so the web server may already listen.
/// </summary>
public sealed class FilingReadiness : IHealthCheck
{
    private volatile bool _ready;

    public void MarkReady() => _ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("档案服务正在启动。"));
}
