namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>
/// The one table of what each separately deployed service needs (README.md, Configuration). Compose, Kubernetes and
/// the C# sources are all checked against it.
/// </summary>
public static class DeployedServices
{
    private const string DatabaseSettingsFile = "shared/Hosting/Persistence/DatabaseSettings.cs";
    private const string MigrationServiceFile = "shared/Hosting/Persistence/SchemaMigrationService.cs";
    private const string BusRegistrationFile = "shared/Hosting/Messaging/BusRegistration.cs";
    private const string BrokerTlsFile = "shared/Hosting/Messaging/BrokerTls.cs";
    private const string AppFile = "shared/Hosting/PerfWorkflowApp.cs";
    private const string DeliverySettingsFile = "services/Notification/Delivery/DeliverySettings.cs";
    private const string PortalModuleFile = "services/Portal/PortalModule.cs";
    private const string PortalApiClientFile = "services/Portal/Api/PortalApiClient.cs";
    private const string ClusterSettingsFile = "services/Filing/Cluster/FilingClusterSettings.cs";
    private const string ClusteringFile = "services/Filing/Cluster/FilingClustering.cs";
    private const string TelemetrySetupFile = "shared/Hosting/Telemetry/TelemetrySetup.cs";

    /// <summary>The setting the schema-migration Job hands each service's `migrate` command: the role it grants DML to.</summary>
    public const string RuntimeRoleKey = "Persistence:RuntimeRole";

    /// <summary>The Secret key with the migrator's connection string; only the schema-migration Job reads it.</summary>
    public const string MigratorConnectionKey = "ConnectionStrings__Migrator";

    /// <summary>ASP.NET Core's own listen address; the Dockerfiles, compose and the probes all use port 8080.</summary>
    private static readonly RequiredSetting ListenAddress = new("Urls", IsSecret: false, "http://+:8080", []);

    private static readonly RequiredSetting ShutdownTimeout = new("Host:ShutdownTimeoutSeconds", IsSecret: false, null,
        [new(AppFile, "GetValue(\"Host:ShutdownTimeoutSeconds\", 30)")]);

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
        new("Orleans:Dashboard:Enabled", IsSecret: false, "false", [new(ClusterSettingsFile, "section[\"Dashboard:Enabled\"]")]),
    ];

    public static readonly IReadOnlyList<DeployedService> All =
    [
        new("filing", "Filing",
        [
            .. BackendSettings("Filing"),
            .. SiloSettings,
            new("Audit:Key", IsSecret: true, null, [new("services/Filing/Grains/AuditKeys.cs", "SettingName = \"Audit:Key\"")]),
        ]),
        new("workflow", "Workflow", BackendSettings("Workflow")),
        new("notification", "Notification",
        [
            .. BackendSettings("Notification"),
            Smtp("Host", isSecret: false, "section[\"Smtp:Host\"]"),
            Smtp("Port", isSecret: false, "section.GetValue(\"Smtp:Port\""),
            Smtp("EnableSsl", isSecret: false, "section.GetValue(\"Smtp:EnableSsl\""),
            Smtp("From", isSecret: false, "section[\"Smtp:From\"]"),
            Smtp("User", isSecret: true, "section[\"Smtp:User\"]"),
            Smtp("Password", isSecret: true, "section[\"Smtp:Password\"]"),
        ]),
        // The Portal verifies no tokens (it forwards the ones Filing issues) and hears no events: no broker or
        // signing key. Its one database holds the data-protection key ring every replica shares.
        new("portal", "Portal",
        [
            ListenAddress,
            ShutdownTimeout,
            .. DatabaseSettings("Portal"),
            PortalService("filing", "Filing"),
            PortalService("workflow", "Workflow"),
            PortalService("notification", "Notification"),
        ]),
    ];

    public static IEnumerable<DeployedService> WithDatabase => All.Where(s => s.Settings.Any(x => x.Key.StartsWith("ConnectionStrings:", StringComparison.Ordinal)));

    public static TheoryData<string> Names => new(All.Select(s => s.Name));

    public static TheoryData<string> NamesWithDatabase => new(WithDatabase.Select(s => s.Name));

    public static TheoryData<string> NamesWithBroker => new(All.Where(s => s.Settings.Any(x => x.Key == "Bus:RabbitMq:Uri")).Select(s => s.Name));

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

    /// <summary>The runtime database role of a service (deploy/postgres/create-roles.sql).</summary>
    public static string RuntimeRole(string service) => $"perfwf_{service}";

    public static string ConnectionKey(string service) => $"ConnectionStrings:{Named(service).ProjectFolder}";

    private static RequiredSetting[] BackendSettings(string service) =>
    [
        ListenAddress,
        ShutdownTimeout,
        .. DatabaseSettings(service),
        new("Bus:Transport", IsSecret: false, "RabbitMq",
        [
            new(BusRegistrationFile, "configuration[\"Bus:Transport\"]"),
            new("shared/Hosting/Messaging/BusTransport.cs", "RabbitMq"),
        ]),
        new("Bus:RabbitMq:Uri", IsSecret: true, null, [new(BusRegistrationFile, "configuration[\"Bus:RabbitMq:Uri\"]")]),
        new("Bus:RabbitMq:CaCertificatePath", IsSecret: false, null,
            [new(BrokerTlsFile, "configuration[\"Bus:RabbitMq:CaCertificatePath\"]")], ClusterOnly: true),
        new("Auth:SigningKey", IsSecret: true, null,
            [new("shared/Hosting/Security/LocalSigningKey.cs", "configuration[\"Auth:SigningKey\"]")]),
        new("Telemetry:OtlpEndpoint", IsSecret: false, "http://otel-collector:4317",
        [
            new(TelemetrySetupFile, "OtlpEndpointSetting = \"Telemetry:OtlpEndpoint\""),
            new(TelemetrySetupFile, "configuration[OtlpEndpointSetting]"),
        ], ClusterOnly: true),
    ];

    /// <summary>What every service with a database of its own is given: PostgreSQL, migrated by the Job, in its own schema.</summary>
    private static RequiredSetting[] DatabaseSettings(string service) =>
    [
        new("Persistence:Provider", IsSecret: false, "PostgreSql",
        [
            new(DatabaseSettingsFile, "configuration[\"Persistence:Provider\"]"),
            new("shared/Hosting/Persistence/DatabaseProvider.cs", "PostgreSql"),
        ]),
        // The services' roles may not run DDL: the schema-migration Job migrates.
        new("Persistence:MigrateOnStart", IsSecret: false, "false",
            [new(MigrationServiceFile, "configuration.GetValue(\"Persistence:MigrateOnStart\", true)")]),
        new("Persistence:SchemaPerService", IsSecret: false, "true",
            [new(DatabaseSettingsFile, "configuration.GetValue(\"Persistence:SchemaPerService\", false)")]),
        new($"ConnectionStrings:{service}", IsSecret: true, null,
            [new(DatabaseSettingsFile, "configuration.GetConnectionString(serviceName)")]),
    ];

    private static RequiredSetting Smtp(string name, bool isSecret, string code) =>
        new($"Notifications:Smtp:{name}", isSecret, null,
        [
            new(DeliverySettingsFile, "configuration.GetSection(\"Notifications\")"),
            new(DeliverySettingsFile, code),
        ]);

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
