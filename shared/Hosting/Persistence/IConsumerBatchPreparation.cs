namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// A scoped service that reads, once per consumer batch, what the batch's messages said they will need (each
/// message's <c>announce</c> in <see cref="ConsumerBatches{TContext}.ProcessOnceAsync"/> runs first), so the messages
/// then find it in memory instead of each asking the database. It runs inside the batch's transaction, before the
/// first message is applied. Typed by the batches' context, so a process hosting several services prepares only the
/// batches of the service that asked.
/// </summary>
public interface IConsumerBatchPreparation<TContext>
    where TContext : ServiceDbContext
{
    Task PrepareAsync(CancellationToken cancellationToken);
}
