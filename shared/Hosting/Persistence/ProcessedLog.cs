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
    /// <summary>
    /// Which of <paramref name="keys"/> are in the log already. On PostgreSQL each key is one index probe (a lateral
    /// lookup per key of <c>unnest</c>): with 100,000 filings present, the form with two <c>= ANY</c> lists cost
    /// Notification about 1.5 ms a batch in the benchmark, where it should cost microseconds.
    /// </summary>
    public static async Task<HashSet<(string Consumer, Guid MessageId)>> SeenAsync(ServiceDbContext db, IReadOnlyCollection<(string Consumer, Guid MessageId)> keys)
    {
        if (!db.IsPostgreSql)
        {
            var consumers = keys.Select(k => k.Consumer).Distinct().ToList();
            var ids = keys.Select(k => k.MessageId).Distinct().ToList();
            // Both key columns in the filter: on message ids alone the (consumer, message_id) key cannot be used.
            return (await db.ProcessedMessages.AsNoTracking().Where(p => consumers.Contains(p.Consumer) && ids.Contains(p.MessageId))
                    .Select(p => new { p.Consumer, p.MessageId }).ToListAsync())
                .Select(p => (p.Consumer, p.MessageId)).ToHashSet();
        }

        // The table name is the service's own constant prefix, never input.
        // A lateral probe per key, never a join the planner may turn into a scan of the whole log: a plan made while the
        // log was small (prepared statements keep theirs) cost Workflow 1.5 ms a batch once it had grown.
        var sql = "SELECT k.consumer AS \"Consumer\", k.message_id AS \"MessageId\" FROM unnest(@consumers, @ids) AS k (consumer, message_id)"
            + " CROSS JOIN LATERAL (SELECT 1 FROM " + db.TablePrefix + "_processed_messages p WHERE p.consumer = k.consumer AND p.message_id = k.message_id LIMIT 1) AS logged";
        var found = await db.Database.SqlQueryRaw<ProcessedKey>(
            sql,
            new NpgsqlParameter("consumers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Select(k => k.Consumer).ToArray() },
            new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = keys.Select(k => k.MessageId).ToArray() }).ToListAsync();
        return found.Select(k => (k.Consumer, k.MessageId)).ToHashSet();
    }

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

    /// <summary>A row of <see cref="SeenAsync"/>'s query.</summary>
    private sealed class ProcessedKey
    {
        public string Consumer { get; set; } = string.Empty;

        public Guid MessageId { get; set; }
    }
}
