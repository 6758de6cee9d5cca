using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Hosting.Telemetry;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Group commit for a service's consumers: deliveries that arrive while a batch is being written wait and join the
/// next one, so a burst of N messages costs a few commits instead of N, and nothing waits when the service is idle.
/// <para>
/// Exactly once: each message's effects and its <c>{prefix}_processed_messages</c> row are written in the batch's one
/// transaction, which commits all of the batch
/// or none of it; a message id already in the log (or twice in one batch) changes nothing. Inside the transaction
/// each message reads what the messages before it about its filing wrote, exactly as if they had committed one by
/// one: the batch applies its messages in rounds (<see cref="BatchRounds"/>), a filing's n-th message in the n-th, and
/// saves after each round, so one save serves many filings. A bad message fails only itself and goes through the
/// bus's retries and error queue.
/// </para>
/// <para>
/// Deliveries are partitioned by a key (the filing): one worker takes a key's messages in arrival order, so two
/// batches never lock one filing's rows in opposite orders, and several workers write unrelated filings at once.
/// A message that fails inside a batch rolls the batch back; it then runs alone and the others are written again
/// together (in arrival order), so one failure costs one rollback, not a batch of single commits.
/// SQLite has one writer, so it gets one worker.
/// </para>
/// </summary>
public sealed class ConsumerBatches<TContext> : IDisposable
    where TContext : ServiceDbContext
{
    /// <summary>At most this many messages share a transaction: large enough to amortise the commit, small enough to keep latency low.</summary>
    public const int MaxBatchSize = 64;

    /// <summary>
    /// Each worker writes its batch's messages one after another, waiting on the database for each: several workers
    /// keep PostgreSQL busy while one waits. Fewer workers make larger batches (fewer statements per message) under load.
    /// </summary>
    public const int DefaultPostgreSqlWorkers = 16;

    // EF wraps every SaveChanges inside a transaction in a savepoint (two statements more per message). Nothing here
    // continues a transaction after a failed statement: a failure rolls the whole batch back and re-runs it.
    private const bool NoSavepoints = false;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<ConsumerBatches<TContext>> _logger;
    private readonly Channel<Delivery>[] _partitions;

    public ConsumerBatches(IServiceScopeFactory scopes, TimeProvider time, DatabaseProvider provider, ILogger<ConsumerBatches<TContext>> logger,
        int postgreSqlWorkers = DefaultPostgreSqlWorkers)
    {
        _scopes = scopes;
        _time = time;
        _logger = logger;
        var workers = provider == DatabaseProvider.PostgreSql ? Math.Max(1, postgreSqlWorkers) : 1;
        _partitions = new Channel<Delivery>[workers];
        for (var i = 0; i < workers; i++)
        {
            var partition = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
            _partitions[i] = partition;
            // The first consumer to need the batches builds them: its context (its trace among it) must not become
            // the workers' for good.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(() => WorkAsync(partition.Reader));
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="apply"/> once for <paramref name="messageId"/> with services of the batch's scope (whose
    /// <typeparamref name="TContext"/> is the batch's), and completes when that is committed. Returns false when the
    /// message had been processed already. <paramref name="apply"/> only changes the unit of work (or runs set-based
    /// statements); it never commits. <paramref name="announce"/>, when given, tells the batch's scoped
    /// <see cref="IConsumerBatchPreparation{TContext}"/> services what the message will read, before any message of the batch is
    /// applied, so that they read it once for the whole batch.
    /// </summary>
    public Task<bool> ProcessOnceAsync(string consumer, Guid messageId, Guid partitionKey, Func<IServiceProvider, CancellationToken, Task> apply, CancellationToken cancellationToken,
        Action<IServiceProvider>? announce = null)
    {
        // The consumer's own span (MassTransit's consume, from the message headers) is the parent of the work's span.
        var delivery = new Delivery(consumer, messageId, partitionKey, apply, announce, Activity.Current?.Context ?? default);
        var partition = _partitions[(int)((uint)partitionKey.GetHashCode() % (uint)_partitions.Length)];
        if (!partition.Writer.TryWrite(delivery))
        {
            throw new OperationCanceledException("The service is stopping; the message will be redelivered.");
        }

        // A consumer that stops waiting (shutdown) leaves the message unacknowledged; if its batch still commits, the
        // redelivery finds the id in the log.
        return delivery.Outcome.Task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    private async Task WorkAsync(ChannelReader<Delivery> reader)
    {
        var batch = new List<Delivery>(MaxBatchSize);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatchSize && reader.TryRead(out var delivery))
            {
                batch.Add(delivery);
            }

            await WriteAsync(batch);
        }
    }

    /// <summary>
    /// Writes the messages together; when one fails, those before it are written together again, it runs alone (and
    /// fails alone, or succeeds if the batch was the cause), then those after it: arrival order is kept.
    /// </summary>
    private async Task WriteAsync(List<Delivery> pending)
    {
        if (pending.Count <= 1)
        {
            if (pending.Count == 1)
            {
                await RunAloneAsync(pending[0]);
            }

            return;
        }

        try
        {
            var outcomes = await RunTogetherAsync(pending);
            for (var i = 0; i < pending.Count; i++)
            {
                pending[i].Outcome.TrySetResult(outcomes[i]);
            }
        }
        catch (FailedDeliveryException failed)
        {
            _logger.LogDebug(failed.InnerException, "A message failed in a batch of {Count}; it runs alone", pending.Count);
            await WriteAsync(pending[..failed.Index]);
            await RunAloneAsync(pending[failed.Index]);
            await WriteAsync(pending[(failed.Index + 1)..]);
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "A batch of {Count} messages failed to commit; each runs alone", pending.Count);
            foreach (var delivery in pending)
            {
                await RunAloneAsync(delivery);
            }
        }
    }

    private async Task<bool[]> RunTogetherAsync(List<Delivery> batch)
    {
        // The batch's own statements (the processed-id lookup, the commit) belong to all its messages' traces: linked.
        using var batchSpan = Tracing.Source.StartActivity(ActivityKind.Internal, name: "consumer batch",
            links: batch.Where(d => d.Parent != default).Select(d => new ActivityLink(d.Parent)));
        batchSpan?.SetTag("perfworkflow.batch_size", batch.Count);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.Database.AutoSavepointsEnabled = NoSavepoints;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var seen = await ProcessedLog.SeenAsync(db, batch.Select(d => (d.Consumer, d.MessageId)).Distinct().ToList());
        await PrepareAsync(scope.ServiceProvider, batch.Where(d => !seen.Contains((d.Consumer, d.MessageId))));
        var outcomes = new bool[batch.Count];
        var processed = new List<ProcessedMessage>(batch.Count);
        var unflushed = new List<int>();
        foreach (var round in BatchRounds.Of(batch.Select(d => d.PartitionKey).ToList()))
        {
            foreach (var i in round)
            {
                var delivery = batch[i];
                if (!seen.Add((delivery.Consumer, delivery.MessageId)))
                {
                    continue;
                }

                try
                {
                    using (StartWork(delivery))
                    {
                        await delivery.Apply(scope.ServiceProvider, CancellationToken.None);
                    }
                }
                catch (Exception ex)
                {
                    throw new FailedDeliveryException(i, ex);
                }

                unflushed.Add(i);
                processed.Add(new ProcessedMessage { Consumer = delivery.Consumer, MessageId = delivery.MessageId, ProcessedAt = _time.GetUtcNow().UtcDateTime });
                outcomes[i] = true;
            }

            await FlushAsync(scope.ServiceProvider, db, unflushed);
        }

        // The ids go in together, just before the commit that makes them true with the effects: one statement on
        // PostgreSQL instead of one per message.
        await ProcessedLog.AppendAsync(db, processed);
        await transaction.CommitAsync();
        MessagingMetrics.BatchSize.Record(batch.Count, new KeyValuePair<string, object?>("database", db.TablePrefix));
        return outcomes;
    }

    /// <summary>
    /// Writes what the unflushed messages changed: their set-based writes (<see cref="IConsumerBatchWrites{TContext}"/>),
    /// then the unit of work. A failure is pinned on its message when only one was waiting; with several it cannot be,
    /// and the whole batch runs again one message at a time.
    /// </summary>
    private static async Task FlushAsync(IServiceProvider services, TContext db, List<int> unflushed)
    {
        if (unflushed.Count == 0)
        {
            return;
        }

        try
        {
            await SaveAsync(services, db);
        }
        catch (Exception ex) when (unflushed.Count == 1)
        {
            throw new FailedDeliveryException(unflushed[0], ex);
        }

        db.ChangeTracker.Clear();
        unflushed.Clear();
    }

    private static async Task SaveAsync(IServiceProvider services, TContext db)
    {
        foreach (var writes in services.GetServices<IConsumerBatchWrites<TContext>>())
        {
            await writes.WriteAsync(CancellationToken.None);
        }

        await db.SaveChangesAsync();
    }

    private async Task RunAloneAsync(Delivery delivery)
    {
        try
        {
            delivery.Outcome.TrySetResult(await ProcessAloneAsync(delivery));
        }
        catch (Exception ex)
        {
            delivery.Outcome.TrySetException(ex);
        }
    }

    private async Task<bool> ProcessAloneAsync(Delivery delivery)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.Database.AutoSavepointsEnabled = NoSavepoints;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (await db.ProcessedMessages.AnyAsync(p => p.Consumer == delivery.Consumer && p.MessageId == delivery.MessageId))
            {
                return false;
            }

            await PrepareAsync(scope.ServiceProvider, [delivery]);
            using (StartWork(delivery))
            {
                await delivery.Apply(scope.ServiceProvider, CancellationToken.None);
                db.ProcessedMessages.Add(new ProcessedMessage { Consumer = delivery.Consumer, MessageId = delivery.MessageId, ProcessedAt = _time.GetUtcNow().UtcDateTime });
                await SaveAsync(scope.ServiceProvider, db);
            }

            await transaction.CommitAsync();
            MessagingMetrics.BatchSize.Record(1, new KeyValuePair<string, object?>("database", db.TablePrefix));
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another replica processed the same delivery at the same moment: the failed transaction is gone, so ask afresh.
            db.ChangeTracker.Clear();
            if (await db.ProcessedMessages.AsNoTracking().AnyAsync(p => p.Consumer == delivery.Consumer && p.MessageId == delivery.MessageId))
            {
                return false;
            }

            throw;
        }
    }

    private static async Task PrepareAsync(IServiceProvider services, IEnumerable<Delivery> unprocessed)
    {
        foreach (var delivery in unprocessed)
        {
            delivery.Announce?.Invoke(services);
        }

        foreach (var preparation in services.GetServices<IConsumerBatchPreparation<TContext>>())
        {
            await preparation.PrepareAsync(CancellationToken.None);
        }
    }

    private static Activity? StartWork(Delivery delivery)
    {
        var span = Tracing.Source.StartActivity("consumer apply", ActivityKind.Internal, delivery.Parent);
        span?.SetTag("perfworkflow.consumer", delivery.Consumer);
        span?.SetTag("messaging.message.id", delivery.MessageId.ToString());
        return span;
    }

    private sealed class FailedDeliveryException(int index, Exception cause) : Exception(cause.Message, cause)
    {
        public int Index => index;
    }

    private sealed record Delivery(string Consumer, Guid MessageId, Guid PartitionKey, Func<IServiceProvider, CancellationToken, Task> Apply, Action<IServiceProvider>? Announce, ActivityContext Parent)
    {
        public TaskCompletionSource<bool> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
