using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PerfWorkflow.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for a service: traces that follow one request from HTTP through the Filing grain, the outbox, the
/// bus and each consumer, and the services' meters (<c>PerfWorkflow.*</c>), exported over OTLP/gRPC to
/// <c>Telemetry:OtlpEndpoint</c>. Without that setting nothing is collected (the embedded Host's default): the spans
/// and instruments cost next to nothing while nobody listens.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointSetting = "Telemetry:OtlpEndpoint";

    public static IServiceCollection AddPerfWorkflowTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        if (configuration[OtlpEndpointSetting] is not { Length: > 0 } endpoint)
        {
            return services;
        }

        var otlp = new Uri(endpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService($"perfworkflow-{serviceName.ToLowerInvariant()}"))
            .WithTracing(tracing => AddSources(tracing).AddOtlpExporter(o => o.Endpoint = otlp))
            .WithMetrics(metrics => AddMeters(metrics).AddOtlpExporter(o => o.Endpoint = otlp));
        return services;
    }

    /// <summary>Every source of PerfWorkflow's traces; a test adds its own exporter to the same list.</summary>
    public static TracerProviderBuilder AddSources(TracerProviderBuilder tracing) => tracing
        .AddSource(Tracing.SourceName, "MassTransit", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
        .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
        .AddHttpClientInstrumentation()
        .AddNpgsql();

    /// <summary>Every meter: the services' own, the messaging one, MassTransit's, Orleans' (grain activations), ASP.NET Core's and the runtime's.</summary>
    public static MeterProviderBuilder AddMeters(MeterProviderBuilder metrics) => metrics
        .AddMeter("PerfWorkflow.*", "MassTransit", "Microsoft.Orleans")
        .AddAspNetCoreInstrumentation()
        .AddHttpClientInstrumentation()
        .AddRuntimeInstrumentation();
}
