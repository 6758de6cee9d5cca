using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Tests;

/// <summary>
/// Notification's services as the module registers them, on a fresh SQLite file with its schema scripts applied, every
/// command logged (<see cref="CommandLog"/>) and commits refusable (<see cref="RefusedCommits"/>). No bus and no
/// background services: the test calls the consumers, whose work goes through the real consumer batches (SQLite has
/// one writer, so one batch at a time, in arrival order).
/// </summary>
public sealed class NotificationHarness : IAsyncDisposable
{
    private readonly string _file;
    private readonly ServiceProvider _provider;

    private NotificationHarness(string file, ServiceProvider provider)
    {
        _file = file;
        _provider = provider;
    }

    public CommandLog Commands { get; } = new();

    public RefusedCommits Commits { get; } = new();

    public ConsumerBatches<NotificationDbContext> Batches => _provider.GetRequiredService<ConsumerBatches<NotificationDbContext>>();

    public static async Task<NotificationHarness> StartAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notification-tests-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file};Pooling=False",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        new NotificationModule().AddServices(services, configuration);
        services.RemoveAll<IHostedService>();
        NotificationHarness? harness = null;
        services.ConfigureDbContext<NotificationDbContext>(options => options.AddInterceptors(harness!.Commands, harness.Commits));
        harness = new NotificationHarness(file, services.BuildServiceProvider());
        await harness.InScopeAsync(async db =>
        {
            await harness._provider.GetRequiredService<SchemaMigrator>().MigrateAsync(db, typeof(NotificationDbContext).Assembly, CancellationToken.None);
            return 0;
        });
        return harness;
    }

    /// <summary>
    /// Holds the batches' one writer on a message of its own while <paramref name="arrive"/> hands in the messages,
    /// then lets it go: the messages then form one batch (at most <see cref="ConsumerBatches{TContext}.MaxBatchSize"/>).
    /// The log then holds their batch's commands only. Returns what each consume returned (its completion).
    /// </summary>
    public async Task<Task[]> ArriveTogetherAsync(Func<Task[]> arrive)
    {
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hold = Batches.ProcessOnceAsync("test-hold", Guid.NewGuid(), Guid.Empty, async (_, _) =>
        {
            holding.SetResult();
            await release.Task;
            Commands.Clear();
        }, CancellationToken.None);
        await holding.Task;
        var arrived = arrive();
        release.SetResult();
        await hold;
        await Task.WhenAll(arrived.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));

        // The one writer finished the hold (its processed-message row) before it took the batch.
        Commands.DropFirst("notification_processed_messages");
        return arrived;
    }

    public Task SeedAsync(params object[] rows) => InScopeAsync(async db =>
    {
        db.AddRange(rows);
        return await db.SaveChangesAsync();
    });

    public async Task<T> InScopeAsync<T>(Func<NotificationDbContext, Task<T>> query)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
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
}
