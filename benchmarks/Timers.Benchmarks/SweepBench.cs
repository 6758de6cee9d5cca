using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Timers.Benchmarks;

/// <summary>
/// One database with <c>pending</c> timers of which <c>due</c> are due at the benchmark's fixed "now". Measures the
/// claim query alone (EXPLAIN ANALYZE, rolled back) and the real <see cref="TimerSweeper"/> firing all due timers,
/// resetting them between repetitions.
/// </summary>
public sealed class SweepBench(string adminConnectionString, int pending, int due)
{
    public static readonly DateTimeOffset Now = new(2027, 7, 1, 1, 0, 0, TimeSpan.Zero);

    public async Task<SweepResult> RunAsync(int repetitions)
    {
        var database = $"perfwf_timers_bench_{pending}";
        await ExecAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        await ExecAsync(adminConnectionString, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database }.ConnectionString;
        try
        {
            await using var provider = Services(connectionString);
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
                await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(db, typeof(WorkflowDbContext).Assembly, CancellationToken.None);
            }

            var load = Stopwatch.StartNew();
            await LoadAsync(connectionString);
            await ExecAsync(connectionString, "VACUUM ANALYZE workflow_timers");
            var loaded = load.Elapsed;

            var plan = await ExplainAsync(connectionString);
            var claimTimes = new List<double>();
            var sweepTimes = new List<double>();
            var sweepCpu = new List<double>();
            var sweepAllocated = new List<long>();
            var process = Process.GetCurrentProcess();
            for (var i = 0; i < repetitions; i++)
            {
                claimTimes.Add(await ClaimOnceAsync(connectionString));
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var sweep = Stopwatch.StartNew();
                var fired = 0;
                while (true)
                {
                    await using var scope = provider.CreateAsyncScope();
                    var settled = await scope.ServiceProvider.GetRequiredService<TimerSweeper>().SweepOnceAsync(CancellationToken.None);
                    if (settled == 0)
                    {
                        break;
                    }

                    fired += settled;
                }

                sweepTimes.Add(sweep.Elapsed.TotalMilliseconds);
                process.Refresh();
                sweepCpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                sweepAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
                if (fired != due)
                {
                    throw new InvalidOperationException($"The sweep settled {fired} timers, expected {due}.");
                }

                // Back to the starting state for the next repetition.
                await ExecAsync(connectionString, "UPDATE workflow_timers SET status = 'pending', fired_at = NULL, late = FALSE WHERE status = 'fired'; TRUNCATE workflow_outbox");
                await ExecAsync(connectionString, "VACUUM ANALYZE workflow_timers");
            }

            return new SweepResult(pending, due, loaded, claimTimes, sweepTimes, sweepCpu, sweepAllocated, plan);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private ServiceProvider Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = connectionString,
            ["Workflow:Timers:BatchSize"] = "500",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        new WorkflowModule().AddServices(services, configuration);
        return services.BuildServiceProvider();
    }

    // Due rows: 1,000 filings' "7 days left" reminders, due over the last hour. Not yet due: spread over the next year.
    private async Task LoadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY workflow_timers (key, filing_id, department_id, fiscal_year, stage, kind, number, fire_at, due_at, status, late, created_at) FROM STDIN (FORMAT BINARY)");
        var random = new Random(20270701);
        for (var i = 0; i < pending; i++)
        {
            var filing = Guid.CreateVersion7();
            var fireAt = i < due ? Now.AddSeconds(-random.Next(1, 3600)) : Now.AddMinutes(random.Next(1, 525_600));
            await writer.StartRowAsync();
            await writer.WriteAsync($"{filing:D}:monitoring:reminder-before:7", NpgsqlDbType.Text);
            await writer.WriteAsync(filing, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"d{i % 5000:D4}", NpgsqlDbType.Text);
            await writer.WriteAsync(2027, NpgsqlDbType.Integer);
            await writer.WriteAsync("Monitoring", NpgsqlDbType.Text);
            await writer.WriteAsync("reminder-before", NpgsqlDbType.Text);
            await writer.WriteAsync(7, NpgsqlDbType.Integer);
            await writer.WriteAsync(fireAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(fireAt.AddDays(7).UtcDateTime, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync("pending", NpgsqlDbType.Text);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync(Now.UtcDateTime, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task<string> ExplainAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {ClaimSql}", connection, transaction);
        command.Parameters.AddWithValue("now", Now.UtcDateTime);
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        await transaction.RollbackAsync();
        return string.Join('\n', lines);
    }

    private static async Task<double> ClaimOnceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(ClaimSql, connection, transaction);
        command.Parameters.AddWithValue("now", Now.UtcDateTime);
        var watch = Stopwatch.StartNew();
        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        await transaction.RollbackAsync();
        return rows == 500 ? elapsed : throw new InvalidOperationException($"The claim returned {rows} rows.");
    }

    // The sweep's claim, as TimerSweeper sends it.
    private const string ClaimSql = "SELECT * FROM workflow_timers WHERE status = 'pending' AND fire_at <= @now ORDER BY fire_at LIMIT 500 FOR UPDATE SKIP LOCKED";

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
