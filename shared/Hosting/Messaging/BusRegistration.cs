using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PerfWorkflow.Hosting.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// The tag of the bus health check. Not "ready": a service with an outbox keeps serving while the broker is away
    /// (events wait in the outbox), so the broker's state is reported at /health/bus and never takes pods out of
    /// their Service.
    /// </summary>
    public const string HealthTag = "bus";

    /// <summary>
    /// MassTransit on the transport named by <c>Bus:Transport</c> (InMemory | RabbitMq; RabbitMQ at
    /// <c>Bus:RabbitMq:Uri</c> or <c>ConnectionStrings:RabbitMq</c>; an <c>amqps://</c> URI is TLS, verified against
    /// <c>Bus:RabbitMq:CaCertificatePath</c> when set, see <see cref="BrokerTls"/>). Every consumer gets its own
    /// queue named after its class, so each service hears every event it subscribes to and replicas of one service
    /// compete. Delivery retries with backoff; what still fails lands in the consumer's <c>_error</c> queue, never
    /// dropped. <c>Bus:DeployTopologyOnly</c> (set by the `migrate` command) declares queues and bindings only.
    /// </summary>
    public static IServiceCollection AddPerfWorkflowBus(this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var transport = TransportOf(configuration);
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.SetKebabCaseEndpointNameFormatter();
            x.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.Tags.Clear();
                health.Tags.Add(HealthTag);
            });
            addConsumers(x);
            x.AddConsumeObserver<Telemetry.ConsumeLagObserver>();
            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
            });

            if (transport == BusTransport.RabbitMq)
            {
                var uri = new Uri(configuration["Bus:RabbitMq:Uri"] ?? configuration.GetConnectionString("RabbitMq")
                    ?? throw new InvalidOperationException("RabbitMQ was chosen but neither Bus:RabbitMq:Uri nor ConnectionStrings:RabbitMq is set."));
                var tls = BrokerTls.From(uri, configuration);
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(uri, host => tls.Apply(host));
                    // The consumers commit in batches (ConsumerBatches): what a batch can hold is what the broker has
                    // handed over unacknowledged. 32 left most batches at one or two messages under load; 128 measured
                    // 9.3 instead of 11.0 ms of CPU per transition in all (docs/benchmarks.md).
                    cfg.PrefetchCount = configuration.GetValue("Bus:PrefetchCount", 128);
                    cfg.DeployTopologyOnly = configuration.GetValue("Bus:DeployTopologyOnly", false);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) =>
                {
                    // A high prefetch halves the in-memory transport's throughput (stack notes): keep it small.
                    cfg.PrefetchCount = configuration.GetValue("Bus:PrefetchCount", 8);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return services;
    }

    public static BusTransport TransportOf(IConfiguration configuration)
    {
        var transportText = configuration["Bus:Transport"] ?? nameof(BusTransport.InMemory);
        return Enum.TryParse<BusTransport>(transportText, ignoreCase: true, out var transport)
            ? transport
            : throw new InvalidOperationException($"Bus:Transport '{transportText}' is not known; use InMemory or RabbitMq.");
    }
}
