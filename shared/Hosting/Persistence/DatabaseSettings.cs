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
        if (provider == DatabaseProvider.PostgreSql && configuration.GetValue("Persistence:SchemaPerService", false))
        {
            connectionString = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = prefix }.ConnectionString;
        }

        return new DatabaseSettings(provider, connectionString, prefix);
    }
}
