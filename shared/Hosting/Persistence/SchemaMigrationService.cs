using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Brings a service's tables up to date while the host is starting, before any background service (the outbox
/// relay, timers) or the web server begins: <see cref="IHostedLifecycleService.StartingAsync"/> runs first.
/// With <c>Persistence:MigrateOnStart=false</c> (Kubernetes, compose: a Job with the migrator's credentials
/// migrates, the services' own roles may not run DDL) it only checks that every script is applied and refuses to
/// start otherwise, naming the missing scripts.
/// </summary>
public sealed class SchemaMigrationService<TContext>(IServiceScopeFactory scopes, SchemaMigrator migrator, IConfiguration configuration)
    : IHostedLifecycleService, ISchemaMigration
    where TContext : ServiceDbContext
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await migrator.MigrateAsync(db, typeof(TContext).Assembly, cancellationToken);
        if (configuration["Persistence:RuntimeRole"] is { Length: > 0 } role)
        {
            await migrator.GrantAsync(db, role, cancellationToken);
        }
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Persistence:MigrateOnStart", true))
        {
            await MigrateAsync(cancellationToken);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = await migrator.PendingAsync(db, typeof(TContext).Assembly, cancellationToken);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {db.TablePrefix} schema lacks {string.Join(", ", pending)}. Run the service's `migrate` command "
                + "(the schema-migration Job) first, or set Persistence:MigrateOnStart=true.");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
