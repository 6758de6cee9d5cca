namespace PerfWorkflow.Hosting.Persistence;

/// <summary>One service database's schema scripts, runnable on demand (the `migrate` command).</summary>
public interface ISchemaMigration
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
