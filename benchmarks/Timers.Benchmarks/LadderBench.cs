using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Timers.Benchmarks;

/// <summary>
/// The cost of planning against firing, with the whole ladder stored (<c>Workflow:Timers:Lazy=false</c>, the plan
/// before issue 12) or one rung at a time (lazy): <see cref="Filings"/> declarations open on 1 Oct 2026 through the real
/// <see cref="DeadlineScheduler"/> (committed 100 at a time, as a consumer batch would), then the real
/// <see cref="TimerSweeper"/> runs at every rung's instant up to the end of the ladder, nobody submitting.
/// </summary>
public sealed class LadderBench(string adminConnectionString, bool lazy)
{
    public const int Filings = 1000;
    private static readonly DateTimeOffset OpenedAt = new(2026, 10, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public async Task<LadderResult> RunAsync()
    {
        var database = $"perfwf_timers_ladder_{(lazy ? "lazy" : "eager")}";
        await ExecAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        await ExecAsync(adminConnectionString, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database }.ConnectionString;
        try
        {
            var clock = new SettableClock(OpenedAt);
            await using var provider = Services(connectionString, clock);
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
                await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(db, typeof(WorkflowDbContext).Assembly, CancellationToken.None);
            }

            var filings = Enumerable.Range(0, Filings).Select(i => new FilingStage(Guid.CreateVersion7(OpenedAt), $"d{i:D4}", 2027, CycleStage.Declaration)).ToList();
            var open = await MeasureAsync(async () =>
            {
                foreach (var batch in filings.Chunk(100))
                {
                    await using var scope = provider.CreateAsyncScope();
                    var scheduler = scope.ServiceProvider.GetRequiredService<DeadlineScheduler>();
                    foreach (var filing in batch)
                    {
                        await scheduler.StageOpenedAsync(filing, OpenedAt, CancellationToken.None);
                    }

                    await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().SaveChangesAsync();
                }
            });
            var rowsAfterOpening = await ScalarAsync(connectionString, "SELECT COUNT(*) FROM workflow_timers");

            var instants = await InstantsAsync(provider, filings[0]);
            var sweep = await MeasureAsync(async () =>
            {
                foreach (var instant in instants)
                {
                    clock.Now = instant;
                    while (true)
                    {
                        await using var scope = provider.CreateAsyncScope();
                        if (await scope.ServiceProvider.GetRequiredService<TimerSweeper>().SweepOnceAsync(CancellationToken.None) == 0)
                        {
                            break;
                        }
                    }
                }
            });

            var digest = await TextAsync(connectionString,
                "SELECT string_agg(kind || ' ' || n, ', ' ORDER BY kind) FROM (SELECT kind, COUNT(*) AS n FROM workflow_timers WHERE status = 'fired' GROUP BY kind) k");
            return new LadderResult(lazy, Filings, rowsAfterOpening, open.Cpu, open.Allocated, open.Wall, sweep.Cpu, sweep.Allocated, sweep.Wall,
                await ScalarAsync(connectionString, "SELECT COUNT(*) FROM workflow_outbox"),
                await ScalarAsync(connectionString, "SELECT COUNT(*) FROM workflow_timers"), digest);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    // Every rung's instant of the (shared) declaration deadline, from the domain's own plan.
    private static async Task<List<DateTimeOffset>> InstantsAsync(ServiceProvider provider, FilingStage filing)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var stage = filing.Stage.ToString();
        var deadline = await db.Deadlines.AsNoTracking().SingleAsync(d => d.FilingId == filing.FilingId && d.Stage == stage);
        var working = scope.ServiceProvider.GetRequiredService<PerfWorkflow.Workflow.Calendars.WorkingDayCalendarFiles>().Calendar!;
        var due = new FilingDeadline(filing.FilingId, filing.DepartmentId, filing.FiscalYear, filing.Stage, new DateTimeOffset(deadline.DueAt!.Value, TimeSpan.Zero));
        return [.. DeadlinePlanner.Plan(due, DeadlineRules.Defaults(working)).Timers.Select(t => t.FireAt).Distinct().Order()];
    }

    private static async Task<(TimeSpan Cpu, long Allocated, TimeSpan Wall)> MeasureAsync(Func<Task> work)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        await work();
        wall.Stop();
        process.Refresh();
        return (process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated, wall.Elapsed);
    }

    private ServiceProvider Services(string connectionString, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = connectionString,
            ["Workflow:Timers:BatchSize"] = "500",
            ["Workflow:Timers:Lazy"] = lazy ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        new WorkflowModule().AddServices(services, configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql) => Convert.ToInt64(await QueryAsync(connectionString, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> TextAsync(string connectionString, string sql) => (await QueryAsync(connectionString, sql))?.ToString() ?? "";

    private static async Task<object?> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
