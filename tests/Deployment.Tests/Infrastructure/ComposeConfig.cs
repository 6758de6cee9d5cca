using System.Text.Json.Nodes;

namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>
/// docker-compose.yml as `docker-compose config` resolves it (variables filled in, anchors merged), with known
/// values for the variables it requires, so the tests can see where each one lands.
/// </summary>
public static class ComposeConfig
{
    public const string SigningKey = "compose-check-signing-key-0123456789abcdef";
    public const string DatabasePassword = "composecheckdbpassword";
    public const string BrokerPassword = "composecheckbrokerpassword";
    public const string MigratorPassword = "composecheckmigratorpassword";
    public const string SmtpUser = "composechecksmtpuser";
    public const string SmtpPassword = "composechecksmtppassword";
    public const string Tag = "compose-check-tag";
    public const string AuditKey = "compose-check-audit-key-of-at-least-32-characters";

    private static readonly Lazy<JsonNode> ResolvedConfig = new(() =>
    {
        var run = Run(Variables(), "config");
        return run.ExitCode == 0
            ? YamlDocuments.ParseSingle(run.StandardOutput)
            : throw new InvalidOperationException($"docker-compose config failed: {run.Describe()}");
    });

    public static JsonNode Resolved => ResolvedConfig.Value;

    public static IReadOnlyList<string> SecretValues =>
        [SigningKey, AuditKey, DatabasePassword, BrokerPassword, MigratorPassword, SmtpUser, SmtpPassword, .. ServicePasswords.Values];

    /// <summary>The database password of each service's own role.</summary>
    public static IReadOnlyDictionary<string, string> ServicePasswords { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FILING"] = "composecheckfilingpassword",
        ["WORKFLOW"] = "composecheckworkflowpassword",
        ["NOTIFICATION"] = "composechecknotificationpassword",
        ["PORTAL"] = "composecheckportalpassword",
    };

    public static Dictionary<string, string?> Variables() => new(StringComparer.Ordinal)
    {
        ["PERFWF_SIGNING_KEY"] = SigningKey,
        ["PERFWF_AUDIT_KEY"] = AuditKey,
        ["PERFWF_DB_PASSWORD"] = DatabasePassword,
        ["PERFWF_RABBITMQ_PASSWORD"] = BrokerPassword,
        ["PERFWF_DB_MIGRATOR_PASSWORD"] = MigratorPassword,
        ["PERFWF_DB_FILING_PASSWORD"] = ServicePasswords["FILING"],
        ["PERFWF_DB_WORKFLOW_PASSWORD"] = ServicePasswords["WORKFLOW"],
        ["PERFWF_DB_NOTIFICATION_PASSWORD"] = ServicePasswords["NOTIFICATION"],
        ["PERFWF_DB_PORTAL_PASSWORD"] = ServicePasswords["PORTAL"],
        ["PERFWF_SMTP_HOST"] = "smtp.compose-check.invalid",
        ["PERFWF_SMTP_USER"] = SmtpUser,
        ["PERFWF_SMTP_PASSWORD"] = SmtpPassword,
        ["PERFWF_DOTNET_SDK_DIGEST"] = "sha256:" + new string('1', 64),
        ["PERFWF_DOTNET_ASPNET_DIGEST"] = "sha256:" + new string('2', 64),
        ["PERFWF_TAG"] = Tag,
        ["PERFWF_DEMO_SEEDS"] = null,
    };

    public static ToolRun Run(IReadOnlyDictionary<string, string?> variables, params string[] arguments) =>
        ExternalTool.Run(ExternalTool.DockerCompose, ["-f", RepositoryRoot.Combine("docker-compose.yml"), .. arguments], variables);

    public static JsonNode Service(string name) =>
        Resolved["services"]?[name] ?? throw new InvalidOperationException($"docker-compose.yml has no service {name}.");

    /// <summary>A service's environment, whether written as a map or as a list of NAME=value.</summary>
    public static Dictionary<string, string> Environment(string service)
    {
        var environment = Service(service)["environment"];
        return environment is JsonArray list
            ? list.Select(i => i.Text()!.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal)
            : environment.Entries().ToDictionary(p => p.Key, p => p.Value.Text() ?? string.Empty, StringComparer.Ordinal);
    }
}
