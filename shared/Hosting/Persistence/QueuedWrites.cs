using Microsoft.EntityFrameworkCore;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// One kind of set-based write that a consumer batch's messages queue (see <see cref="IConsumerBatchWrites{TContext}"/>)
/// and the batch takes when it saves: on PostgreSQL all of them as one statement over arrays of their values
/// (<c>unnest</c>); on SQLite, in-process where a statement costs no round trip, one at a time.
/// </summary>
public sealed class QueuedWrites<T>
{
    private readonly List<T> _pending = [];

    public void Add(T write) => _pending.Add(write);

    /// <summary>Writes and forgets what is queued: <paramref name="postgreSql"/> once with <paramref name="parameters"/> of all of it, or <paramref name="writeOne"/> each.</summary>
    public async Task WriteAsync(ServiceDbContext db, string postgreSql, Func<IReadOnlyList<T>, object[]> parameters, Func<T, Task> writeOne, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var writes = _pending.ToList();
        _pending.Clear();
        if (!db.IsPostgreSql)
        {
            foreach (var write in writes)
            {
                await writeOne(write);
            }

            return;
        }

        await db.Database.ExecuteSqlRawAsync(postgreSql, parameters(writes), cancellationToken);
    }
}
