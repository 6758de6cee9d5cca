using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Resolves a service's database from configuration:
/// <c>Persistence:Provider</c> (Sqlite | PostgreSql, default Sqlite) and the connection string
/// <c>ConnectionStrings:{Service}</c>, falling back to <c>ConnectionStrings:Default</c>, and for SQLite to a file
/// <c>{Persistence:DataDirectory}/{service}.db</c>. Each service prefixes its tables with its name, so services may
/// share one PostgreSQL database without reading each other's tables. With <c>Persistence:SchemaPerService=true</c>
/// (the cluster and compose) a PostgreSQL service also works in a schema of its own name (its search path), so
/// each service's database role can be granted DML on its own schema and nothing else
/// (k8s/base/database/grants.sql).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string TablePrefix)
{
    public static DatabaseSettings For(IConfiguration configuration, string serviceName)
    {
        var providerText = configuration["Persistence:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Persistence:Provider '{providerText}' is not known; use Sqlite or PostgreSql.");
        }

        var connectionString = configuration.GetConnectionString(serviceName)
            ?? configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL was chosen but neither ConnectionStrings:{serviceName} nor ConnectionStrings:Default is set.");
            }

            var directory = configuration["Persistence:DataDirectory"] ?? "data";
            Directory.CreateDirectory(directory);
            connectionString = $"Data Source={Path.Combine(directory, serviceName.ToLowerInvariant() + ".db")}";
        }

        var prefix = serviceName.ToLowerInvariant();
        if (provider == DatabaseProvider.PostgreSql)
        {
            var builder = new NpgsqlConnectionStringBuilder(WithStatementReuse(connectionString));
            if (configuration.GetValue("Persistence:SchemaPerService", false))
            {
                builder.SearchPath = prefix;
            }

            connectionString = builder.ConnectionString;
        }

        return new DatabaseSettings(provider, connectionString, prefix);
    }

    /// <summary>
    /// Every service runs the same few dozen statements all day, each pooled connection many times a second, and
    /// PostgreSQL's CPU went mostly to parsing and planning them again and to resetting connections
    /// (docs/benchmarks.md, "statements per transition"). So, unless the connection string says otherwise: statements
    /// used twice on a connection stay prepared on it, and a connection going back to the pool is not reset (no
    /// session state is ever set on one: advisory locks are transaction-scoped, the search path is part of the
    /// connection string). A column added by a migration while replicas run fails a prepared statement once; Npgsql
    /// then prepares it again (npgsql#4015).
    /// </summary>
    public static string WithStatementReuse(string connectionString)
    {
        // Npgsql's own builder answers ContainsKey for every keyword it knows, set or not: the plain builder tells
        // what the operator wrote.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
