using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Versioned SQL scripts, one folder per provider, embedded in the service's assembly as
/// <c>schema/{sqlite|postgres}/NNNN_name.sql</c>. Each script runs once, in its own transaction, and is recorded in
/// <c>{prefix}_schema_versions</c>. On PostgreSQL an advisory lock makes replicas that start together take turns.
/// See docs/decisions/0002-persistence-and-schema.md for why scripts rather than EF migrations.
/// </summary>
public sealed class SchemaMigrator(ILogger<SchemaMigrator> logger)
{
    public async Task MigrateAsync(ServiceDbContext db, Assembly scriptsAssembly, CancellationToken cancellationToken)
    {
        var folder = db.IsPostgreSql ? "schema/postgres/" : "schema/sqlite/";
        var scripts = scriptsAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"{scriptsAssembly.GetName().Name} embeds no {folder}*.sql scripts.");
        }

        var versions = $"{db.TablePrefix}_schema_versions";
        if (db.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; set once per database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

#pragma warning disable EF1002 // identifiers below are the service's constant prefix and embedded script names
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS {versions} (version VARCHAR(200) PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)",
            cancellationToken);

        foreach (var script in scripts)
        {
            var version = script[folder.Length..];
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.IsPostgreSql)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock(hashtext('{versions}'))", cancellationToken);
            }

            var applied = await db.Database
                .SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {versions} WHERE version = {{0}}", version)
                .SingleAsync(cancellationToken);
            if (applied > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            var sql = await ReadAsync(scriptsAssembly, script);
            await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {versions} (version, applied_at) VALUES ({{0}}, {{1}})",
                [version, DateTimeOffset.UtcNow.ToString("O")],
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema script {Script} to {Prefix}", version, db.TablePrefix);
        }
#pragma warning restore EF1002
    }

    private static async Task<string> ReadAsync(Assembly assembly, string name)
    {
        await using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded script {name} vanished.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
