using System.Text.RegularExpressions;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>
/// The roles and schemas the administrator creates once (deploy/postgres/create-roles.sql) are the ones the
/// manifests connect as and the code works in: a renamed role would otherwise surface as a failed login in production.
/// </summary>
public sealed class DatabaseRolesTests
{
    private const string RolesScript = "deploy/postgres/create-roles.sql";

    [Theory]
    [MemberData(nameof(DeployedServices.NamesWithDatabase), MemberType = typeof(DeployedServices))]
    public void Each_service_has_a_login_role_and_a_schema_the_migrator_owns(string service)
    {
        var script = RepositoryRoot.ReadText(RolesScript);

        Assert.Matches($@"CREATE ROLE {DeployedServices.RuntimeRole(service)} LOGIN PASSWORD :'{service}_password';", script);
        Assert.Contains($"CREATE SCHEMA {service} AUTHORIZATION perfwf_migrator;", script, StringComparison.Ordinal);
        Assert.Contains("CREATE ROLE perfwf_migrator LOGIN", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Nobody_but_the_migrator_may_create_tables_in_the_public_schema()
    {
        var script = RepositoryRoot.ReadText(RolesScript);

        Assert.Contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC;", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\bSUPERUSER\b|\bCREATEROLE\b|\bCREATEDB\b", Regex.Replace(script, "(?m)^--.*$", string.Empty));
    }

    [Fact]
    public void Compose_initialises_the_roles_with_the_passwords_the_services_connect_with()
    {
        var init = RepositoryRoot.ReadText("deploy/postgres/compose-init.sh");
        var postgres = ComposeConfig.Environment("postgres");

        foreach (var service in DeployedServices.WithDatabase)
        {
            var variable = $"PERFWF_DB_{service.Name.ToUpperInvariant()}_PASSWORD";
            Assert.Contains($"-v {service.Name}_password=\"${variable}\"", init, StringComparison.Ordinal);
            Assert.Equal(ComposeConfig.ServicePasswords[service.Name.ToUpperInvariant()], postgres[variable]);
            Assert.Contains($"Password={postgres[variable]}", ComposeConfig.Environment(service.Name)[DeployedServices.ConnectionKey(service.Name).Replace(":", "__", StringComparison.Ordinal)], StringComparison.Ordinal);
        }

        Assert.Contains("-v migrator_password=\"$PERFWF_DB_MIGRATOR_PASSWORD\"", init, StringComparison.Ordinal);
        Assert.Contains(ComposeConfig.Service("postgres")["volumes"].Items(), v => (v.Text() ?? string.Empty).Contains("/docker-entrypoint-initdb.d/", StringComparison.Ordinal));
    }
}
