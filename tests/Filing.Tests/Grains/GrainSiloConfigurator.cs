using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using PerfWorkflow.Filing.Cluster;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Tests.Grains;

/// <summary>
/// A test silo with what the filing grain needs and nothing of the web host: the Filing database (SQLite file named
/// by the cluster's <c>Database</c> property, its schema applied at start), the grain's store and the chain resolver;
/// and the client's serializers.
/// </summary>
public sealed class GrainSiloConfigurator : ISiloConfigurator, IClientBuilderConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var database = siloBuilder.Configuration["Database"] ?? throw new InvalidOperationException("The test cluster names no Database.");
        var services = siloBuilder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SchemaMigrator>();
        services.AddDbContextPool<FilingDbContext>(o => o.UseSqlite($"Data Source={database}").AddInterceptors(new SqlitePragmas()));
        services.AddHostedService<SchemaMigrationService<FilingDbContext>>();
        services.AddSingleton<OutboxSignal<FilingDbContext>>();
        services.AddSingleton<FilingGrainStore>();
        services.AddSingleton<AuditKeys>();
        services.AddScoped<ApprovalChainResolver>();
        FilingSilo.ConfigureSerialization(services);
    }

    /// <summary>The test cluster's client decodes the grain's replies as the API would.</summary>
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) => FilingSilo.ConfigureSerialization(clientBuilder.Services);
}
