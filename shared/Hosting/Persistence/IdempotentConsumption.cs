using Microsoft.EntityFrameworkCore;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// Acting on a message exactly once: the consumer's changes and the record that it processed the message id are
/// saved in one transaction. A redelivery finds the record and does nothing; two deliveries racing each other
/// collide on the record's key and the loser's changes are discarded.
/// </summary>
public static class IdempotentConsumption
{
    /// <summary>Returns false when the message had been processed already (nothing was changed).</summary>
    public static async Task<bool> ProcessOnceAsync<TContext>(
        this TContext db,
        string consumer,
        Guid messageId,
        DateTimeOffset now,
        Func<TContext, Task> apply,
        CancellationToken cancellationToken)
        where TContext : ServiceDbContext
    {
        if (await db.ProcessedMessages.AnyAsync(p => p.Consumer == consumer && p.MessageId == messageId, cancellationToken))
        {
            return false;
        }

        await apply(db);
        db.ProcessedMessages.Add(new ProcessedMessage { Consumer = consumer, MessageId = messageId, ProcessedAt = now.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (await db.ProcessedMessages.AnyAsync(p => p.Consumer == consumer && p.MessageId == messageId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }
}
