using Microsoft.EntityFrameworkCore;

namespace PerfWorkflow.Hosting.Persistence;

public static class DbContextExtensions
{
    public static bool IsSqlite(this DbContext db) => db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>True when a save failed only because the row's key already exists (a concurrent duplicate).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        _ => false,
    };
}
