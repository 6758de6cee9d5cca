using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>
/// Workflow's services as the module registers them, on a fresh SQLite file with its schema scripts applied, the
/// shipped calendars, and a <see cref="ManualClock"/> in place of the system clock. No bus, no background services:
/// the test plays the consumers (scheduler calls committed one by one) and the sweep.
/// </summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly string _file;
    private readonly ServiceProvider _provider;

    private WorkflowHarness(string file, ServiceProvider provider, ManualClock clock)
    {
        _file = file;
        _provider = provider;
        Clock = clock;
    }

    public ManualClock Clock { get; }

    public static async Task<WorkflowHarness> StartAsync(DateTimeOffset now)
    {
        var file = Path.Combine(Path.GetTempPath(), $"workflow-tests-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file};Pooling=False",
            ["Workflow:Region"] = "测试区",
            ["Workflow:Timers:BatchSize"] = "3",
        }).Build();
        var clock = new ManualClock(now);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        new WorkflowModule().AddServices(services, configuration);
        var provider = services.BuildServiceProvider();
        var harness = new WorkflowHarness(file, provider, clock);
        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowDbContext>();
            await sp.GetRequiredService<SchemaMigrator>().MigrateAsync(db, typeof(WorkflowDbContext).Assembly, CancellationToken.None);
        });
        return harness;
    }

    /// <summary>One "message": the scheduler call and its commit, as a consumer's batch would do it (set-based writes, then the unit of work).</summary>
    public Task ActAsync(Func<DeadlineScheduler, Task> act) => InScopeAsync(async sp =>
    {
        await act(sp.GetRequiredService<DeadlineScheduler>());
        await sp.GetRequiredService<TimerCancellations>().WriteAsync(CancellationToken.None);
        await sp.GetRequiredService<WorkflowDbContext>().SaveChangesAsync();
    });

    /// <summary>Sweeps until nothing is due; returns how many timers were settled.</summary>
    public async Task<int> SweepAsync()
    {
        var total = 0;
        while (true)
        {
            var settled = 0;
            await InScopeAsync(async sp => settled = await sp.GetRequiredService<TimerSweeper>().SweepOnceAsync(CancellationToken.None));
            total += settled;
            if (settled == 0)
            {
                return total;
            }
        }
    }

    public Task<ExtensionOutcome> ExtendAsync(Domain.Filings.CycleStage stage, string? departmentId, DateOnly newDue, string reason = "系统故障") =>
        QueryAsync(sp => sp.GetRequiredService<DeadlineExtensionService>().ExtendAsync("测试区", 2027, stage, departmentId, newDue, reason, "perf-office", CancellationToken.None));

    public Task<List<TimerRecord>> TimersAsync() => QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Timers.AsNoTracking().OrderBy(t => t.FireAt).ThenBy(t => t.Key).ToListAsync());

    /// <summary>Every event written to the outbox so far, deserialised, in order.</summary>
    public Task<List<object>> OutboxAsync() => QueryAsync(async sp =>
        (await sp.GetRequiredService<WorkflowDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
            .Select(row => OutboxSerializer.FromOutbox(row).Message).ToList());

    public async Task<T> QueryAsync<T>(Func<IServiceProvider, Task<T>> query)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await query(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
