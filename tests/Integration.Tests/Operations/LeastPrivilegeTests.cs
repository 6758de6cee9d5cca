using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Operations;

/// <summary>
/// The cluster's database layout on a real PostgreSQL (docs/operations.md, "Database roles and schemas"): the
/// administrator's roles script, the `migrate` command run with the migrator's role, and a service serving with a
/// role of its own that may touch its own schema's rows and nothing else. The roles are cluster-wide, so the test
/// drops them again after its database.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class LeastPrivilegeTests
{
    private static readonly string[] Roles = ["perfwf_filing", "perfwf_workflow", "perfwf_notification", "perfwf_portal", "perfwf_migrator"];

    private readonly Dictionary<string, string> _passwords = Roles.ToDictionary(r => r, _ => Guid.NewGuid().ToString("N"), StringComparer.Ordinal);

    [Fact]
    public async Task Services_serve_only_after_migrate_and_with_dml_on_their_own_schema_and_nothing_more()
    {
        var backends = await IsolatedBackends.CreateAsync();
        try
        {
            var database = new NpgsqlConnectionStringBuilder(backends.ConnectionString).Database!;
            await CreateRolesAsync(backends.ConnectionString, database);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceProcess.StartAsync("Filing", Runtime(backends, "perfwf_filing")));
            var filingMigrate = await ServiceCommand.RunAsync("Filing", Migrator(backends, "Filing", "perfwf_filing"), "migrate");
            var workflowMigrate = await ServiceCommand.RunAsync("Workflow", Migrator(backends, "Workflow", "perfwf_workflow"), "migrate");

            Assert.Contains("migrate", refused.Message, StringComparison.Ordinal);
            Assert.True(filingMigrate.ExitCode == 0, filingMigrate.Output);
            Assert.True(workflowMigrate.ExitCode == 0, workflowMigrate.Output);
            await using var filing = await ServiceProcess.StartAsync("Filing", Runtime(backends, "perfwf_filing"));
            var bootstrap = await ServiceCommand.RunAsync("Filing", Runtime(backends, "perfwf_filing"), "bootstrap-admin --user office-admin --name 绩效管理科管理员 --region 广州市", stdin: "Bootstrap@2026-first\n");
            Assert.True(bootstrap.ExitCode == 0, bootstrap.Output);
            using var login = await filing.Http.PostAsJsonAsync("api/auth/login", new { userId = "office-admin", password = "Bootstrap@2026-first" });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);

            var asFiling = As(backends, "perfwf_filing");
            Assert.Equal(1L, await ScalarAsync(asFiling, "SELECT COUNT(*) FROM filing.filing_users"));
            await AssertDeniedAsync(asFiling, "CREATE TABLE filing.smuggled (x int)");
            await AssertDeniedAsync(asFiling, "CREATE TABLE public.smuggled (x int)");
            await AssertDeniedAsync(asFiling, "DELETE FROM filing.filing_audit");
            await AssertDeniedAsync(asFiling, "UPDATE filing.filing_audit SET filing_id = filing_id");
            Assert.Equal(1L, await ScalarAsync(asFiling, "SELECT COUNT(*) FROM filing.filing_organisation_audit WHERE action = 'user.created'"));
            await AssertDeniedAsync(asFiling, "DELETE FROM filing.filing_organisation_audit");
            await AssertDeniedAsync(asFiling, "UPDATE filing.filing_organisation_audit SET actor = actor");
            await AssertDeniedAsync(asFiling, "INSERT INTO filing.filing_schema_versions (version, applied_at) VALUES ('9999_forged', 'now')");
            await AssertDeniedAsync(asFiling, "SELECT COUNT(*) FROM workflow.workflow_schema_versions");
            await AssertDeniedAsync(As(backends, "perfwf_workflow"), "SELECT COUNT(*) FROM filing.filing_users");
        }
        finally
        {
            await backends.DisposeAsync();
            await DropRolesAsync();
        }
    }

    [Fact]
    public async Task The_portal_keeps_its_key_ring_in_its_own_schema_with_its_own_role()
    {
        var backends = await IsolatedBackends.CreateAsync();
        try
        {
            var database = new NpgsqlConnectionStringBuilder(backends.ConnectionString).Database!;
            await CreateRolesAsync(backends.ConnectionString, database);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceProcess.StartAsync("Portal", Runtime(backends, "perfwf_portal")));
            var migrate = await ServiceCommand.RunAsync("Portal", Migrator(backends, "Portal", "perfwf_portal"), "migrate");
            Assert.Contains("migrate", refused.Message, StringComparison.Ordinal);
            Assert.True(migrate.ExitCode == 0, migrate.Output);
            await using (await ServiceProcess.StartAsync("Portal", Runtime(backends, "perfwf_portal")))
            {
                var asPortal = As(backends, "perfwf_portal");
                Assert.Equal(1L, await ScalarAsync(asPortal, "SELECT COUNT(*) FROM portal.portal_data_protection_keys"));
                await AssertDeniedAsync(asPortal, "CREATE TABLE portal.smuggled (x int)");
                await AssertDeniedAsync(asPortal, "INSERT INTO portal.portal_schema_versions (version, applied_at) VALUES ('9999_forged', 'now')");
            }
        }
        finally
        {
            await backends.DisposeAsync();
            await DropRolesAsync();
        }
    }

    private async Task CreateRolesAsync(string adminConnection, string database)
    {
        // The script is written for psql (variables, \set); the same statements with the variables filled in.
        var script = string.Join('\n', File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "deploy", "postgres", "create-roles.sql"))
            .Where(l => !l.StartsWith('\\')));
        foreach (var role in Roles)
        {
            script = script.Replace($":'{role["perfwf_".Length..]}_password'", $"'{_passwords[role]}'", StringComparison.Ordinal);
        }

        script = script.Replace(":\"DBNAME\"", $"\"{database}\"", StringComparison.Ordinal);
        await DropRolesAsync();
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(script, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropRolesAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestServers.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Join(' ', Roles.Select(r => $"DROP ROLE IF EXISTS {r};")), connection);
        await command.ExecuteNonQueryAsync();
    }

    private string As(IsolatedBackends backends, string role) =>
        new NpgsqlConnectionStringBuilder(backends.ConnectionString) { Username = role, Password = _passwords[role], Pooling = false }.ConnectionString;

    private Dictionary<string, string> Runtime(IsolatedBackends backends, string role) => new(StringComparer.Ordinal)
    {
        ["Persistence:Provider"] = "PostgreSql",
        ["Persistence:SchemaPerService"] = "true",
        ["Persistence:MigrateOnStart"] = "false",
        [$"ConnectionStrings:{Service(role)}"] = As(backends, role),
        ["Bus:Transport"] = "InMemory",
        ["Auth:SigningKey"] = "integration-tests-signing-key-" + Guid.NewGuid().ToString("N"),
    };

    private Dictionary<string, string> Migrator(IsolatedBackends backends, string service, string runtimeRole) => new(StringComparer.Ordinal)
    {
        ["Persistence:Provider"] = "PostgreSql",
        ["Persistence:SchemaPerService"] = "true",
        ["Persistence:RuntimeRole"] = runtimeRole,
        [$"ConnectionStrings:{service}"] = As(backends, "perfwf_migrator"),
        ["Bus:Transport"] = "InMemory",
    };

    private static string Service(string role) => char.ToUpperInvariant(role["perfwf_".Length]) + role["perfwf_".Length..][1..];

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task AssertDeniedAsync(string connectionString, string sql)
    {
        var denied = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connectionString, sql));
        Assert.True(denied.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {denied.SqlState} {denied.MessageText}");
    }
}
