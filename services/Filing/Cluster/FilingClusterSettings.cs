using System.Globalization;
using System.Net;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// The Filing silo's place in its cluster, from the <c>Orleans</c> section. <c>Orleans:Clustering</c> defaults to
/// <see cref="FilingClusteringMode.AdoNet"/> when the service stores its data in PostgreSQL (the silos share that
/// database) and to <see cref="FilingClusteringMode.Localhost"/> otherwise. Failure-detection settings are in
/// <c>Orleans:Membership</c> (see <see cref="FilingClustering"/>). The host's graceful stop (requests in flight,
/// grain deactivation, leaving the membership) is bounded by <c>Host:ShutdownTimeoutSeconds</c>, like every service's.
/// </summary>
public sealed record FilingClusterSettings(
    FilingClusteringMode Clustering,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedAddress,
    bool DashboardEnabled,
    int DashboardPort)
{
    public const string Section = "Orleans";

    public static FilingClusterSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var provider = DatabaseSettings.For(configuration, "Filing").Provider;
        var clustering = section["Clustering"] is { Length: > 0 } text
            ? Enum.TryParse<FilingClusteringMode>(text, ignoreCase: true, out var mode)
                ? mode
                : throw new InvalidOperationException($"Orleans:Clustering '{text}' is not known; use Localhost or AdoNet.")
            : provider == DatabaseProvider.PostgreSql ? FilingClusteringMode.AdoNet : FilingClusteringMode.Localhost;
        if (clustering == FilingClusteringMode.AdoNet && provider != DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException("Orleans:Clustering AdoNet keeps membership in PostgreSQL: set Persistence:Provider to PostgreSql.");
        }

        var advertised = section["AdvertisedAddress"] is { Length: > 0 } address
            ? IPAddress.TryParse(address, out var ip)
                ? ip
                : throw new InvalidOperationException($"Orleans:AdvertisedAddress '{address}' is not an IP address.")
            : null;

        return new FilingClusterSettings(
            clustering,
            section["ClusterId"] is { Length: > 0 } clusterId ? clusterId : "perfworkflow",
            section["ServiceId"] is { Length: > 0 } serviceId ? serviceId : "filing",
            Port(section, "SiloPort", 11111),
            Port(section, "GatewayPort", 30000),
            advertised,
            bool.TryParse(section["Dashboard:Enabled"], out var enabled) && enabled,
            Port(section, "Dashboard:Port", 8081));
    }

    private static int Port(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"Orleans:{key} '{text}' is not a TCP port.");
    }
}
