using Npgsql;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// Puts history in the database before the measured run, through the product's own API so every service holds what
/// it would hold after years of use: departments with a filer each, and filings opened by 绩效管理科 for the fiscal
/// years before the run's (2000–2039), each with its timetable, deadlines, timers and 请填报 to-dos. Waits until
/// every service has taken all of it in, so the run measures a loaded database, not a backlog.
/// </summary>
public static class Prefill
{
    private const int FirstYear = 2000;
    private const int Years = 40;

    public static async Task RunAsync(BenchmarkOptions options, Api office, int count, TextWriter log)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var departments = Enumerable.Range(0, (count + Years - 1) / Years).Select(i => $"h{run}-{i:D5}").ToList();
        var started = DateTime.UtcNow;
        await Parallel.ForEachAsync(departments, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, _) =>
        {
            await office.PostAsync("api/organisation/departments", new { id, name = $"历史部门{id}" });
            await office.PostAsync("api/organisation/users", new { id = $"{id}-filer", displayName = $"{id}填报人", role = "filer", departmentId = id, password = "Bench@2026!" });
        });

        var slots = departments.SelectMany(d => Enumerable.Range(FirstYear, Years).Select(y => (Department: d, Year: y))).Take(count).ToList();
        var opened = 0;
        await Parallel.ForEachAsync(slots, new ParallelOptions { MaxDegreeOfParallelism = options.Users }, async (slot, _) =>
        {
            await office.PostAsync("api/filings", new { departmentId = slot.Department, fiscalYear = slot.Year });
            if (Interlocked.Increment(ref opened) % 10_000 == 0)
            {
                await log.WriteLineAsync($"  {opened} of {count} filings opened ({(DateTime.UtcNow - started).TotalSeconds:F0} s)");
            }
        });

        if (options.Postgres is { } postgres)
        {
            await WaitUntilTakenInAsync(postgres, log);
        }

        await log.WriteLineAsync($"  prefilled {count} filings in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    }

    /// <summary>Every outbox relayed and the consumers' processed-message counts unchanged for three seconds.</summary>
    private static async Task WaitUntilTakenInAsync(string postgres, TextWriter log)
    {
        const string progress = """
            SELECT (SELECT COUNT(*) FROM filing_outbox WHERE published_at IS NULL)
                 + (SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NULL)
                 + (SELECT COUNT(*) FROM notification_outbox WHERE published_at IS NULL) AS unpublished,
                   (SELECT COUNT(*) FROM workflow_processed_messages) + (SELECT COUNT(*) FROM notification_processed_messages) AS processed
            """;
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        long last = -1;
        var stableSince = DateTime.UtcNow;
        while (true)
        {
            await using var command = new NpgsqlCommand(progress, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (unpublished, processed) = (reader.GetInt64(0), reader.GetInt64(1));
            if (unpublished > 0 || processed != last)
            {
                (last, stableSince) = (processed, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(3))
            {
                await log.WriteLineAsync($"  consumers caught up ({processed} messages processed)");
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
