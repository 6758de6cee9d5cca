using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Outbox;

/// <summary>
/// Wakes the relay after every commit. It is stateless on purpose (pooled contexts share one instance); a wake-up
/// with nothing to publish costs one indexed query, and wake-ups coalesce in <see cref="OutboxSignal"/>.
/// </summary>
public sealed class OutboxWakeUpInterceptor<TContext>(OutboxSignal<TContext> signal) : SaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : ServiceDbContext
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    // Inside an explicit transaction the rows are not visible yet; TransactionCommitted wakes the relay then.
    private void WakeIfCommitted(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }
}
