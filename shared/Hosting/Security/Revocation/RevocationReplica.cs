using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Security.Revocation;

/// <summary>
/// What a service that verifies tokens in a process without Filing's tables registers so that it refuses revoked
/// tokens: the check (<see cref="RevocationReplicaCheck{TContext}"/>) and the consumer that keeps its copy of the
/// revocations. In the all-in-one Host Filing's own check stands (registered whatever the modules' order) and the
/// copies are kept but not read.
/// </summary>
public static class RevocationReplica
{
    public static IServiceCollection AddRevocationReplica<TContext>(this IServiceCollection services)
        where TContext : ServiceDbContext, IRevocationReplicaContext
    {
        services.TryAddScoped<ITokenRevocationCheck, RevocationReplicaCheck<TContext>>();
        return services;
    }

    /// <summary>The consumer, on a queue of the service's own (<c>workflow-token-revocations</c>): every service hears every revocation.</summary>
    public static void AddRevocationReplicaConsumer<TContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TContext : ServiceDbContext, IRevocationReplicaContext
    {
        bus.AddConsumer<RevocationReplicaConsumer<TContext>>().Endpoint(e => e.Name = $"{serviceName.ToLowerInvariant()}-token-revocations");
    }
}
