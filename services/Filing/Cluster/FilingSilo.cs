using Orleans.Configuration;
using Orleans.Serialization;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// The Filing service's Orleans silo, co-hosted with its HTTP API: the API calls the filing grains in-process.
/// Settings: <c>Orleans:ClusterId</c>, <c>Orleans:ServiceId</c>, <c>Orleans:SiloPort</c> (11111),
/// <c>Orleans:GatewayPort</c> (30000); membership is chosen in <see cref="ConfigureClustering"/>.
/// </summary>
public static class FilingSilo
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    public static void AddFilingSilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FilingGrainStore>();
        builder.Services.AddSingleton<AuditKeys>();
        builder.UseOrleans(silo =>
        {
            ConfigureClustering(silo, builder.Configuration);
            ConfigureSerialization(silo.Services);
        });
    }

    /// <summary>
    /// Membership of the silo. For now every silo is its own localhost cluster (the embedded Host and tests); two
    /// Filing processes on one database then each activate a filing, and the grain's version check keeps them from
    /// both committing.
    /// </summary>
    public static void ConfigureClustering(ISiloBuilder silo, IConfiguration configuration)
    {
        silo.UseLocalhostClustering(
            siloPort: configuration.GetValue("Orleans:SiloPort", DefaultSiloPort),
            gatewayPort: configuration.GetValue("Orleans:GatewayPort", DefaultGatewayPort),
            serviceId: configuration["Orleans:ServiceId"] ?? "perfworkflow-filing",
            clusterId: configuration["Orleans:ClusterId"] ?? "perfworkflow");
    }

    /// <summary>
    /// The views and form rows that cross a grain boundary travel as JSON (their types live in the Filing service
    /// and the pure domain, which carry no Orleans attributes). Inside one silo they are not copied at all: the
    /// replies that carry them are immutable.
    /// </summary>
    public static void ConfigureSerialization(IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type == typeof(FilingView) || type == typeof(FormRecord),
            FilingGrainStore.AnswerJson));
}
