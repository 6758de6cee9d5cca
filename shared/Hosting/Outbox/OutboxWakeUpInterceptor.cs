using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Outbox;

/// <summary>
/// Wakes the relay when a commit carried outbox rows. One instance serves every pooled context, so what a context
/// is about to commit is kept on the context itself (<see cref="ServiceDbContext.OutboxRowsPending"/>). A consumer
/// batch that wrote no event used to wake the relay all the same: one empty claim (BEGIN, SELECT, ROLLBACK) per
/// batch, a third of Workflow's statements. Wake-ups coalesce in <see cref="OutboxSignal{TContext}"/>, and the
/// relay's idle poll still finds a row whose wake-up was missed.
/// </summary>
public sealed class OutboxWakeUpInterceptor<TContext>(OutboxSignal<TContext> signal) : SaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : ServiceDbContext
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteOutboxRows(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteOutboxRows(eventData);
        return ValueTask.FromResult(result);
    }

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void NoteOutboxRows(DbContextEventData eventData)
    {
        if (eventData.Context is not ServiceDbContext context)
        {
            return;
        }

        // Outbox rows are only ever added (tracked as Added at once), so the tracker is read as it stands: Entries()
        // would first detect changes over every tracked entity, which SaveChanges is about to do anyway.
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            {
                context.OutboxRowsPending = true;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    // Inside an explicit transaction the rows are not visible yet; TransactionCommitted wakes the relay then.
    private void WakeIfCommitted(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Wake(eventData.Context);
        }
    }

    private void Wake(DbContext? context)
    {
        // A context this interceptor does not know (none is expected) wakes the relay as before: an extra wake-up
        // costs one claim, a missed one a row waiting for the idle poll.
        if (context is not ServiceDbContext service || service.OutboxRowsPending)
        {
            Forget(context);
            signal.Notify();
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is ServiceDbContext service)
        {
            service.OutboxRowsPending = false;
        }
    }
}
