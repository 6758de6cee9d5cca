using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Versioned SQL scripts, one folder per provider, embedded in the service's assembly as
/// <c>schema/{sqlite|postgres}/NNNN_name.sql</c>. Each script runs once, in its own transaction, and is recorded in
/// <c>{prefix}_schema_versions</c>. On PostgreSQL an advisory lock makes replicas that start together take turns.
/// The tables every service has (outbox, processed messages) come from this assembly's own scripts, written once
/// with a <c>{prefix}</c> placeholder, and run before the service's scripts (and, for a context that keeps a copy of
/// the token revocations, Schema/revocation's scripts too).
/// See docs/decisions/0002-persistence-and-schema.md for why scripts rather than EF migrations.
/// </summary>
public sealed partial class SchemaMigrator(ILogger<SchemaMigrator> logger)
{
    public async Task MigrateAsync(ServiceDbContext db, Assembly serviceAssembly, CancellationToken cancellationToken)
    {
        var scripts = ScriptsFor(db, serviceAssembly);
        var versions = VersionsTable(db);
        if (db.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; set once per database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

#pragma warning disable EF1002 // identifiers below are the service's constant prefix and embedded script names
        // Created under the same lock the scripts take: two migrators on an empty database must not race here.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await LockAsync(db, versions, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"CREATE TABLE IF NOT EXISTS {versions} (version VARCHAR(200) PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)",
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var (assembly, script, version) in scripts)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockAsync(db, versions, cancellationToken);
            var applied = await db.Database
                .SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {versions} WHERE version = {{0}}", version)
                .SingleAsync(cancellationToken);
            if (applied > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            var sql = (await ReadAsync(assembly, script)).Replace("{prefix}", db.TablePrefix, StringComparison.Ordinal);
            await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {versions} (version, applied_at) VALUES ({{0}}, {{1}})",
                [version, DateTimeOffset.UtcNow.ToString("O")],
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema script {Script} to {Prefix}", version, db.TablePrefix);
        }
    }

    /// <summary>
    /// Grants the service's runtime role DML on its own schema and nothing more (Schema/grants/service-role.sql).
    /// PostgreSQL only, and only where the search path is the service's own schema (Persistence:SchemaPerService).
    /// </summary>
    public async Task GrantAsync(ServiceDbContext db, string role, CancellationToken cancellationToken)
    {
        if (!db.IsPostgreSql)
        {
            return;
        }

        if (!PlainIdentifier().IsMatch(role))
        {
            throw new InvalidOperationException($"Persistence:RuntimeRole '{role}' is not a plain lower-case identifier.");
        }

        var sql = (await ReadAsync(typeof(SchemaMigrator).Assembly, "schema/grants/service-role.sql"))
            .Replace("{schema}", db.TablePrefix, StringComparison.Ordinal)
            .Replace("{role}", role, StringComparison.Ordinal);
        // The schema is the service's constant prefix and the role was checked above (EF1002 is off in this region).
        await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), cancellationToken);
        logger.LogInformation("Granted {Role} DML on schema {Schema}", role, db.TablePrefix);
    }

    /// <summary>The scripts this build embeds that the database has not recorded, in the order they would run.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(ServiceDbContext db, Assembly serviceAssembly, CancellationToken cancellationToken)
    {
        var wanted = ScriptsFor(db, serviceAssembly).Select(s => s.Version).ToList();
        var versions = VersionsTable(db);
        var tableExists = db.IsPostgreSql
            ? "SELECT COUNT(*)::int AS \"Value\" FROM pg_catalog.pg_tables WHERE tablename = {0} AND schemaname = ANY (current_schemas(false))"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}";
        if (await db.Database.SqlQueryRaw<int>(tableExists, versions).SingleAsync(cancellationToken) == 0)
        {
            return wanted;
        }

        var applied = await db.Database.SqlQueryRaw<string>($"SELECT version AS \"Value\" FROM {versions}").ToListAsync(cancellationToken);
        return wanted.Except(applied, StringComparer.Ordinal).ToList();
    }
#pragma warning restore EF1002

    private static string VersionsTable(ServiceDbContext db) => $"{db.TablePrefix}_schema_versions";

    private static List<(Assembly Assembly, string Resource, string Version)> ScriptsFor(ServiceDbContext db, Assembly serviceAssembly)
    {
        var provider = db.IsPostgreSql ? "postgres/" : "sqlite/";
        var folder = "schema/" + provider;
        var shared = ScriptsIn(typeof(SchemaMigrator).Assembly, folder, "hosting/");

        // Tables only some services keep, written once here: the copy of the token revocations.
        if (db is Security.Revocation.IRevocationReplicaContext)
        {
            shared = shared.Concat(ScriptsIn(typeof(SchemaMigrator).Assembly, "schema/revocation/" + provider, "hosting/revocation/"));
        }

        return shared.Concat(ScriptsIn(serviceAssembly, folder, string.Empty)).ToList();
    }

    /// <summary>On PostgreSQL replicas or Jobs that migrate together take turns; SQLite serialises writers itself.</summary>
    private static async Task LockAsync(ServiceDbContext db, string versions, CancellationToken cancellationToken)
    {
        if (db.IsPostgreSql)
        {
#pragma warning disable EF1002 // the lock key is the service's constant table name
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock(hashtext('{versions}'))", cancellationToken);
#pragma warning restore EF1002
        }
    }

    private static IEnumerable<(Assembly Assembly, string Resource, string Version)> ScriptsIn(Assembly assembly, string folder, string versionPrefix)
    {
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"{assembly.GetName().Name} embeds no {folder}*.sql scripts.");
        }

        return names.Select(n => (assembly, n, versionPrefix + n[folder.Length..]));
    }

    private static async Task<string> ReadAsync(Assembly assembly, string name)
    {
        await using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded script {name} vanished.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial System.Text.RegularExpressions.Regex PlainIdentifier();
}
