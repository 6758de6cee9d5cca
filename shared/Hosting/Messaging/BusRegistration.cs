using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PerfWorkflow.Hosting.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// MassTransit on the transport named by <c>Bus:Transport</c> (InMemory | RabbitMq; RabbitMQ at
    /// <c>Bus:RabbitMq:Uri</c> or <c>ConnectionStrings:RabbitMq</c>). Every consumer gets its own queue named after
    /// its class, so each service hears every event it subscribes to and replicas of one service compete.
    /// Delivery retries with backoff; what still fails lands in the consumer's <c>_error</c> queue, never dropped.
    /// </summary>
    public static IServiceCollection AddPerfWorkflowBus(this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var transportText = configuration["Bus:Transport"] ?? nameof(BusTransport.InMemory);
        if (!Enum.TryParse<BusTransport>(transportText, ignoreCase: true, out var transport))
        {
            throw new InvalidOperationException($"Bus:Transport '{transportText}' is not known; use InMemory or RabbitMq.");
        }

        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.SetKebabCaseEndpointNameFormatter();
            addConsumers(x);
            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
            });

            if (transport == BusTransport.RabbitMq)
            {
                var uri = configuration["Bus:RabbitMq:Uri"] ?? configuration.GetConnectionString("RabbitMq")
                    ?? throw new InvalidOperationException("RabbitMQ was chosen but neither Bus:RabbitMq:Uri nor ConnectionStrings:RabbitMq is set.");
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(uri));
                    cfg.PrefetchCount = configuration.GetValue("Bus:PrefetchCount", 32);
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
}
