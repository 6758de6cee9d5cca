using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>Ready only while the service's database answers.</summary>
public sealed class DatabaseHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{db.TablePrefix} database does not answer");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{db.TablePrefix} database failed", ex);
        }
    }
}
