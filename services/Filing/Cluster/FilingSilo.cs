using Orleans.Serialization;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// The Filing service's Orleans silo, co-hosted with its HTTP API: the API calls the filing grains in-process.
/// Settings (<see cref="FilingClusterSettings"/>): <c>Orleans:ClusterId</c>, <c>Orleans:ServiceId</c>,
/// <c>Orleans:SiloPort</c> (11111), <c>Orleans:GatewayPort</c> (30000); membership is chosen in
/// <see cref="ConfigureClustering"/>.
/// </summary>
public static class FilingSilo
{
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
    /// Membership of the silo (<see cref="FilingClustering"/>): one localhost silo on SQLite (the embedded Host),
    /// membership in the Filing PostgreSQL database otherwise, so Filing processes on one database form one cluster
    /// and each filing has one activation among them.
    /// </summary>
    public static void ConfigureClustering(ISiloBuilder silo, IConfiguration configuration) =>
        FilingClustering.Configure(silo, configuration);

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
