using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Writes a consumer batch's processed-message ids (<c>{prefix}_processed_messages</c>). On PostgreSQL the whole
/// batch is one <c>INSERT … SELECT FROM unnest(…)</c>: EF would send one INSERT per row, and those rows were the
/// largest share of the consumers' statements. SQLite runs in-process, where a statement costs no round trip.
/// </summary>
public static class ProcessedLog
{
    public static async Task AppendAsync(ServiceDbContext db, IReadOnlyList<ProcessedMessage> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!db.IsPostgreSql)
        {
            db.ProcessedMessages.AddRange(rows);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            return;
        }

        // The table name is the service's own constant prefix, never input.
        var sql = "INSERT INTO " + db.TablePrefix + "_processed_messages (consumer, message_id, processed_at) SELECT * FROM unnest(@consumers, @ids, @at)";
        await db.Database.ExecuteSqlRawAsync(
            sql,
            new NpgsqlParameter("consumers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Consumer).ToArray() },
            new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.MessageId).ToArray() },
            new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = rows.Select(r => r.ProcessedAt).ToArray() });
    }
}
