using Npgsql;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// Where an event's time goes after the request that caused it, read from the services' own records in the shared
/// database: the Filing outbox row's commit (its event time) to the broker's confirm (published_at), and to each
/// consumer's processed-message row (processed_at, stamped as the consumer applies it inside its batch).
/// </summary>
public static class StageTimes
{
    private const string Query = """
        WITH events AS (
            SELECT message_id, occurred_at, published_at FROM filing_outbox WHERE occurred_at >= @from AND occurred_at < @to)
        SELECT 'Filing outbox → broker confirm' AS stage,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM published_at - occurred_at)::float8) * 1000,
               percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM published_at - occurred_at)::float8) * 1000,
               COUNT(*)
          FROM events WHERE published_at IS NOT NULL
        UNION ALL
        SELECT 'event → Workflow ' || p.consumer,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM p.processed_at - e.occurred_at)::float8) * 1000,
               percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM p.processed_at - e.occurred_at)::float8) * 1000,
               COUNT(*)
          FROM events e JOIN workflow_processed_messages p ON p.message_id = e.message_id GROUP BY p.consumer
        UNION ALL
        SELECT 'event → Notification ' || p.consumer,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM p.processed_at - e.occurred_at)::float8) * 1000,
               percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM p.processed_at - e.occurred_at)::float8) * 1000,
               COUNT(*)
          FROM events e JOIN notification_processed_messages p ON p.message_id = e.message_id GROUP BY p.consumer
        ORDER BY 1
        """;

    public static async Task<IReadOnlyList<StageTime>> ReadAsync(string postgres, DateTime from, DateTime to)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await using var reader = await command.ExecuteReaderAsync();
        var stages = new List<StageTime>();
        while (await reader.ReadAsync())
        {
            stages.Add(new StageTime(reader.GetString(0), reader.IsDBNull(1) ? double.NaN : reader.GetDouble(1), reader.IsDBNull(2) ? double.NaN : reader.GetDouble(2), reader.GetInt64(3)));
        }

        return stages;
    }
}
