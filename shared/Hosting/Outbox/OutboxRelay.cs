using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Telemetry;

namespace PerfWorkflow.Hosting.Outbox;

/// <summary>
/// Publishes a service's committed outbox rows to the bus, oldest first, and marks them published.
/// Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL so several replicas relay without doubling;
/// a crash between publish and mark republishes the same message id, which consumers recognise.
/// A broker outage leaves the rows where they are; the relay retries with a growing pause.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal<TContext> signal,
    TimeProvider time,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private const int BatchSize = 200;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan CleanupEvery = TimeSpan.FromMinutes(10);

    // Published rows are kept a week for diagnosis; processed-message ids a month, far longer than any redelivery.
    // Both are settings (Messaging:PublishedRetentionDays, Messaging:ProcessedRetentionDays): a simulated clock that
    // runs a year in a minute must keep them longer than the simulation.
    private readonly TimeSpan _publishedRetention = TimeSpan.FromDays(configuration.GetValue("Messaging:PublishedRetentionDays", 7));
    private readonly TimeSpan _processedRetention = TimeSpan.FromDays(configuration.GetValue("Messaging:ProcessedRetentionDays", 30));
    private static readonly TimeSpan BacklogReportEvery = TimeSpan.FromSeconds(1);

    private DateTimeOffset _lastCleanup = DateTimeOffset.MinValue;
    private DateTimeOffset _lastBacklogReport = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Relay only once every hosted service has started, the bus among them: the in-memory transport drops a message
        // published before its consumers' endpoints are bound, and the demo seeder writes rows while the host still starts.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var backoff = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayBatchAsync(stoppingToken);
                backoff = TimeSpan.FromMilliseconds(100);
                await ReportBacklogIfObservedAsync(stoppingToken);
                if (published < BatchSize)
                {
                    await CleanUpIfDueAsync(stoppingToken);
                    await signal.WaitAsync(IdlePoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox relay of {Context} failed; retrying in {Backoff}", typeof(TContext).Name, backoff);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Relays one batch; returns how many rows were published. Public so tests can drive it step by step.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();

        // PostgreSQL: claim the rows (row locks, other replicas skip them) for as long as publishing takes.
        // SQLite: one process relays, and a transaction would hold the database's only write lock while publishing,
        // so rows are read without one and marked afterwards in a short write.
        await using var transaction = db.IsPostgreSql ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var table = $"{db.TablePrefix}_outbox";
        var claim = db.IsPostgreSql
            ? $"SELECT * FROM {table} WHERE published_at IS NULL ORDER BY sequence LIMIT {BatchSize} FOR UPDATE SKIP LOCKED"
            : $"SELECT * FROM {table} WHERE published_at IS NULL ORDER BY sequence LIMIT {BatchSize}";
#pragma warning disable EF1002 // the table name is the service's constant prefix, not user input
        var rows = await db.OutboxMessages.FromSqlRaw(claim).AsNoTracking().ToListAsync(cancellationToken);
#pragma warning restore EF1002
        if (rows.Count == 0)
        {
            return 0;
        }

        // The whole batch is published at once and each publish awaits its broker confirm: a row is marked only once
        // the broker has it.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        var outcomes = await Task.WhenAll(rows.Select(row => PublishAsync(publisher, db.TablePrefix, row, timeout.Token)));

        // Marked with set-based updates, not change tracking: one statement for every published row.
        var now = time.GetUtcNow().UtcDateTime;
        var publishedRows = rows.Where((_, i) => outcomes[i] is null).Select(r => r.Sequence).ToList();
        var published = publishedRows.Count;
        if (published > 0)
        {
            await db.OutboxMessages.Where(m => publishedRows.Contains(m.Sequence))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, now), CancellationToken.None);
        }

        if (MessagingMetrics.PublishDelay.Enabled)
        {
            var outbox = new KeyValuePair<string, object?>("outbox", db.TablePrefix);
            foreach (var row in rows.Where((_, i) => outcomes[i] is null))
            {
                MessagingMetrics.PublishDelay.Record(Math.Max(0, (now - row.OccurredAt).TotalSeconds), outbox);
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (outcomes[i] is { } error)
            {
                var sequence = rows[i].Sequence;
                var lastError = error.Length > 2000 ? error[..2000] : error;
                await db.OutboxMessages.Where(m => m.Sequence == sequence)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, lastError), CancellationToken.None);
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(CancellationToken.None);
        }

        if (published < rows.Count)
        {
            throw new InvalidOperationException($"{rows.Count - published} of {rows.Count} outbox messages could not be published: {outcomes.First(o => o is not null)}");
        }

        return published;
    }

    /// <summary>The outbox gauges (<see cref="MessagingMetrics"/>), read at most once a second and only while observed.</summary>
    private async Task ReportBacklogIfObservedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!MessagingMetrics.OutboxObserved || now - _lastBacklogReport < BacklogReportEvery)
        {
            return;
        }

        _lastBacklogReport = now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var waiting = db.OutboxMessages.AsNoTracking().Where(m => m.PublishedAt == null);
        var backlog = await waiting.LongCountAsync(cancellationToken);
        var oldest = backlog == 0 ? (DateTime?)null
            : await waiting.OrderBy(m => m.Sequence).Select(m => (DateTime?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        MessagingMetrics.ReportOutbox(db.TablePrefix, backlog, oldest is { } at ? Math.Max(0, (now.UtcDateTime - at).TotalSeconds) : 0);
    }

    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lastCleanup < CleanupEvery)
        {
            return;
        }

        _lastCleanup = now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publishedBefore = (now - _publishedRetention).UtcDateTime;
        var processedBefore = (now - _processedRetention).UtcDateTime;
        await db.OutboxMessages.Where(m => m.PublishedAt != null && m.PublishedAt < publishedBefore).ExecuteDeleteAsync(cancellationToken);
        await db.ProcessedMessages.Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<string?> PublishAsync(IPublishEndpoint publisher, string outbox, OutboxMessage row, CancellationToken cancellationToken)
    {
        // The publish continues the trace of the request that wrote the row; MassTransit's send span is its child and
        // carries the context on in the message headers.
        using var span = Tracing.Source.StartActivity("outbox publish", ActivityKind.Producer, Tracing.ParentFrom(row.TraceParent));
        span?.SetTag("perfworkflow.outbox", outbox);
        span?.SetTag("messaging.message.id", row.MessageId.ToString());
        try
        {
            var (message, type) = OutboxSerializer.FromOutbox(row);
            await publisher.Publish(message, type, context => context.MessageId = row.MessageId, cancellationToken);
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
