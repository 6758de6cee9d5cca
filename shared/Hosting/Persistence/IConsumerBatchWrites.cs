namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// A scoped service that holds set-based writes the messages of a consumer batch asked for (closing to-dos,
/// cancelling timers) and runs them, all the waiting messages' together, each time the batch saves: one statement for
/// several messages instead of one each. <see cref="ConsumerBatches{TContext}"/> calls it just before it saves the
/// unit of work, so a message's set-based writes land before the rows it added, and a later message of the same
/// filing (a later round, see <see cref="BatchRounds"/>) reads both. A write never sees rows added by its own message, exactly as
/// an immediate <c>ExecuteUpdate</c> would not. Whoever uses these services outside a batch calls
/// <see cref="WriteAsync"/> before saving.
/// </summary>
public interface IConsumerBatchWrites<TContext>
    where TContext : ServiceDbContext
{
    Task WriteAsync(CancellationToken cancellationToken);
}
