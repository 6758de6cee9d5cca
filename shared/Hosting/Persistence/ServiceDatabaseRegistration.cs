using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Hosting.Outbox;

namespace PerfWorkflow.Hosting.Persistence;

public static class ServiceDatabaseRegistration
{
    /// <summary>
    /// Registers a service's database (SQLite or PostgreSQL per <see cref="DatabaseSettings"/>), its schema scripts,
    /// its outbox relay, its consumers' batches (<see cref="ConsumerBatches{TContext}"/>) and its readiness check.
    /// </summary>
    public static IServiceCollection AddServiceDatabase<TContext>(this IServiceCollection services, IConfiguration configuration, string serviceName)
        where TContext : ServiceDbContext
    {
        var settings = DatabaseSettings.For(configuration, serviceName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SchemaMigrator>();
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxWakeUpInterceptor<TContext>>();
        services.AddDbContextPool<TContext>((sp, options) =>
        {
            if (settings.Provider == DatabaseProvider.PostgreSql)
            {
                options.UseNpgsql(settings.ConnectionString);
            }
            else
            {
                options.UseSqlite(settings.ConnectionString);
                options.AddInterceptors(new SqlitePragmas());
            }

            options.AddInterceptors(sp.GetRequiredService<OutboxWakeUpInterceptor<TContext>>());
        });
        var workers = configuration.GetValue("Bus:ConsumerWorkers", ConsumerBatches<TContext>.DefaultPostgreSqlWorkers);
        services.AddSingleton(sp => new ConsumerBatches<TContext>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), settings.Provider, sp.GetRequiredService<ILogger<ConsumerBatches<TContext>>>(), workers));
        services.AddSingleton<SchemaMigrationService<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<SchemaMigrationService<TContext>>());
        services.AddSingleton<ISchemaMigration>(sp => sp.GetRequiredService<SchemaMigrationService<TContext>>());
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"{serviceName}-database", tags: ["ready"]);
        return services;
    }
}
