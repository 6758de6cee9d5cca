using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>
/// The settings the deployment files set are the ones the code reads: a renamed setting (or enum value) in C#
/// fails here, instead of leaving compose and Kubernetes setting a name nothing reads any more.
/// </summary>
public sealed class SourceSettingsTests
{
    [Theory]
    [MemberData(nameof(DeployedServices.SettingsOfEveryService), MemberType = typeof(DeployedServices))]
    public void Every_required_setting_is_still_read_under_its_name(string service, string key)
    {
        var setting = DeployedServices.Setting(service, key);

        foreach (var evidence in setting.Evidence)
        {
            var source = RepositoryRoot.ReadText(evidence.File);
            Assert.True(source.Contains(evidence.Text, StringComparison.Ordinal),
                $"{key}: {evidence.File} no longer contains `{evidence.Text}`; update the deployment files and the table in DeployedServices.");
        }
    }

    [Fact]
    public void The_runtime_role_the_migration_job_sets_is_read_by_the_migrate_command()
    {
        var source = RepositoryRoot.ReadText("shared/Hosting/Persistence/SchemaMigrationService.cs");
        var grants = RepositoryRoot.ReadText("shared/Hosting/Schema/grants/service-role.sql");

        Assert.Contains($"configuration[\"{DeployedServices.RuntimeRoleKey}\"]", source, StringComparison.Ordinal);
        Assert.Contains("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}", grants, StringComparison.Ordinal);
        var statements = string.Join('\n', grants.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        Assert.DoesNotContain("CREATE", statements.ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_listen_address_is_taken_on_trust_as_asp_net_cores_own()
    {
        var withoutEvidence = DeployedServices.All.SelectMany(s => s.Settings).Where(s => s.Evidence.Count == 0)
            .Select(s => s.Key).Distinct().ToList();

        Assert.Equal(["Urls"], withoutEvidence);
    }

    [Fact]
    public void The_readme_documents_every_required_setting()
    {
        var readme = RepositoryRoot.ReadText("README.md");
        var keys = DeployedServices.All.SelectMany(s => s.Settings).Select(s => s.Key)
            .Select(k => k.StartsWith("Portal:Services:", StringComparison.Ordinal) ? "Portal:Services:" : k)
            .Select(k => k.StartsWith("ConnectionStrings:", StringComparison.Ordinal) ? "ConnectionStrings:" : k)
            .Append(DeployedServices.RuntimeRoleKey)
            .Where(k => k != "Urls")
            .Distinct();

        Assert.All(keys, k => Assert.Contains($"`{k}", readme, StringComparison.Ordinal));
    }
}
