namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>
/// The one table of what each separately deployed service needs (README.md, Configuration). Compose, Kubernetes and
/// the C# sources are all checked against it.
/// </summary>
public static class DeployedServices
{
    private const string DatabaseSettingsFile = "shared/Hosting/Persistence/DatabaseSettings.cs";
    private const string BusRegistrationFile = "shared/Hosting/Messaging/BusRegistration.cs";
    private const string PortalModuleFile = "services/Portal/PortalModule.cs";
    private const string PortalApiClientFile = "services/Portal/Api/PortalApiClient.cs";
    private const string ClusterSettingsFile = "services/Filing/Cluster/FilingClusterSettings.cs";
    private const string ClusteringFile = "services/Filing/Cluster/FilingClustering.cs";

    /// <summary>ASP.NET Core's own listen address; the Dockerfiles, compose and the probes all use port 8080.</summary>
    private static readonly RequiredSetting ListenAddress = new("Urls", IsSecret: false, "http://+:8080", []);

    private static readonly RequiredSetting[] BackendSettings =
    [
        ListenAddress,
        new("Persistence:Provider", IsSecret: false, "PostgreSql",
        [
            new(DatabaseSettingsFile, "configuration[\"Persistence:Provider\"]"),
            new("shared/Hosting/Persistence/DatabaseProvider.cs", "PostgreSql"),
        ]),
        new("ConnectionStrings:Default", IsSecret: true, null,
            [new(DatabaseSettingsFile, "GetConnectionString(\"Default\")")]),
        new("Bus:Transport", IsSecret: false, "RabbitMq",
        [
            new(BusRegistrationFile, "configuration[\"Bus:Transport\"]"),
            new("shared/Hosting/Messaging/BusTransport.cs", "RabbitMq"),
        ]),
        new("Bus:RabbitMq:Uri", IsSecret: true, null, [new(BusRegistrationFile, "configuration[\"Bus:RabbitMq:Uri\"]")]),
        new("Auth:SigningKey", IsSecret: true, null,
            [new("shared/Hosting/Security/LocalSigningKey.cs", "configuration[\"Auth:SigningKey\"]")]),
    ];

    /// <summary>
    /// Filing's Orleans cluster (ADR 0005, "Filing silos"). Orleans__AdvertisedAddress is not here: it comes from the
    /// pod's own IP (downward API), checked in FilingClusterTests.
    /// </summary>
    private static readonly RequiredSetting[] SiloSettings =
    [
        new("Orleans:Clustering", IsSecret: false, "AdoNet",
        [
            new(ClusterSettingsFile, "section[\"Clustering\"]"),
            new("services/Filing/Cluster/FilingClusteringMode.cs", "AdoNet,"),
        ]),
        new("Orleans:ClusterId", IsSecret: false, "perfworkflow", [new(ClusterSettingsFile, "section[\"ClusterId\"]")]),
        new("Orleans:SiloPort", IsSecret: false, "11111", [new(ClusterSettingsFile, "Port(section, \"SiloPort\"")]),
        new("Orleans:GatewayPort", IsSecret: false, "30000", [new(ClusterSettingsFile, "Port(section, \"GatewayPort\"")]),
        MembershipSetting("ProbeTimeout", "00:00:02"),
        MembershipSetting("NumMissedProbesLimit", "3"),
        MembershipSetting("NumVotesForDeathDeclaration", "2"),
        new("Orleans:ShutdownTimeout", IsSecret: false, null,
        [
            new(ClusterSettingsFile, "Duration(section, \"ShutdownTimeout\""),
            new(ClusteringFile, "o.ShutdownTimeout = settings.ShutdownTimeout"),
        ]),
        new("Orleans:Dashboard:Enabled", IsSecret: false, "false", [new(ClusterSettingsFile, "section[\"Dashboard:Enabled\"]")]),
    ];

    public static readonly IReadOnlyList<DeployedService> All =
    [
        new("filing", "Filing", [.. BackendSettings, .. SiloSettings]),
        new("workflow", "Workflow", BackendSettings),
        new("notification", "Notification", BackendSettings),
        // The Portal owns no data and verifies no tokens (it forwards the ones Filing issues): no database, broker
        // or signing key, only where the services are.
        new("portal", "Portal",
        [
            ListenAddress,
            PortalService("filing", "Filing"),
            PortalService("workflow", "Workflow"),
            PortalService("notification", "Notification"),
        ]),
    ];

    public static TheoryData<string> Names => new(All.Select(s => s.Name));

    public static TheoryData<string, string> SettingsOfEveryService
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var service in All)
            {
                foreach (var setting in service.Settings)
                {
                    data.Add(service.Name, setting.Key);
                }
            }

            return data;
        }
    }

    public static DeployedService Named(string name) => All.Single(s => s.Name == name);

    public static RequiredSetting Setting(string service, string key) => Named(service).Settings.Single(s => s.Key == key);

    /// <summary>Bound by Orleans' own option names from the section FilingClustering names.</summary>
    private static RequiredSetting MembershipSetting(string option, string value) =>
        new($"Orleans:Membership:{option}", IsSecret: false, value,
        [
            new(ClusteringFile, "MembershipSection = \"Orleans:Membership\""),
            new(ClusteringFile, $"options.{option} = "),
        ]);

    private static RequiredSetting PortalService(string name, string constant) =>
        new($"Portal:Services:{name}", IsSecret: false, $"http://{name}:8080/",
        [
            new(PortalModuleFile, "configuration[$\"Portal:Services:{service}\"]"),
            new(PortalApiClientFile, $"const string {constant} = \"{name}\""),
        ]);
}
