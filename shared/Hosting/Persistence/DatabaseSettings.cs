using Microsoft.Extensions.Configuration;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Resolves a service's database from configuration:
/// <c>Persistence:Provider</c> (Sqlite | PostgreSql, default Sqlite) and the connection string
/// <c>ConnectionStrings:{Service}</c>, falling back to <c>ConnectionStrings:Default</c>, and for SQLite to a file
/// <c>{Persistence:DataDirectory}/{service}.db</c>. Each service prefixes its tables with its name, so services may
/// share one PostgreSQL database without reading each other's tables.
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

        return new DatabaseSettings(provider, connectionString, serviceName.ToLowerInvariant());
    }
}
