using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Brings a service's tables up to date while the host is starting, before any background service (the outbox
/// relay, timers) or the web server begins: <see cref="IHostedLifecycleService.StartingAsync"/> runs first.
/// </summary>
public sealed class SchemaMigrationService<TContext>(IServiceScopeFactory scopes, SchemaMigrator migrator) : IHostedLifecycleService
    where TContext : ServiceDbContext
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await migrator.MigrateAsync(db, typeof(TContext).Assembly, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
