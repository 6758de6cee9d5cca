using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Per-connection SQLite settings for the embedded default. In WAL mode <c>synchronous=NORMAL</c> still survives a
/// crash of the process with every committed transaction (commits are in the WAL file); only a power loss of the
/// machine can drop the last commits, which the one-process install accepts for one fsync per checkpoint instead of
/// one per commit. <c>busy_timeout</c> makes a writer wait for another instead of failing at once.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
