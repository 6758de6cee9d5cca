using MassTransit;
using Microsoft.Extensions.Configuration;
using PerfWorkflow.Hosting.Messaging;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Commands;

/// <summary>
/// `migrate`: brings the service's schema up to date and declares its queues and bindings on the broker, then exits.
/// Run by the schema-migration Job (Kubernetes) or the one-shot `migrate` service (compose) with the migrator's
/// database credentials, before the services start with <c>Persistence:MigrateOnStart=false</c>. Declaring the
/// queues here is what lets the services start in any order: an event published before its consumer's first start
/// still finds the consumer's queue bound.
/// </summary>
public sealed class MigrateCommand(IEnumerable<ISchemaMigration> migrations, IBusControl bus, IConfiguration configuration) : IServiceCommand
{
    public const string CommandName = "migrate";

    public string Name => CommandName;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var migration in migrations)
        {
            await migration.MigrateAsync(cancellationToken);
        }

        if (BusRegistration.TransportOf(configuration) == BusTransport.RabbitMq)
        {
            // The bus was configured with DeployTopologyOnly: it declares every endpoint and binding, consumes nothing.
            await bus.DeployAsync(cancellationToken);
            await output.WriteLineAsync("Broker topology declared.");
        }

        await output.WriteLineAsync("Schema up to date.");
        return 0;
    }
}
