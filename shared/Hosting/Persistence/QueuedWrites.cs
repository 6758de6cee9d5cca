using Microsoft.EntityFrameworkCore;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// One kind of set-based write that a consumer batch's messages queue (see <see cref="IConsumerBatchWrites{TContext}"/>)
/// and the batch takes when it saves: on PostgreSQL all of them as one statement over arrays of their values
/// (<c>unnest</c>); on SQLite, in-process where a statement costs no round trip, one at a time.
/// </summary>
public sealed class QueuedWrites<T>
{
    /// <summary>
    /// Joins a write's list of values (kinds) into one text, for a statement to split with
    /// <c>string_to_array(…, @separator)</c>: a PostgreSQL parameter cannot be an array of arrays. No value contains it.
    /// </summary>
    public const string ListSeparator = "|";

    private readonly List<T> _pending = [];

    public void Add(T write) => _pending.Add(write);

    /// <summary>One write's list as the text <see cref="ListSeparator"/> joins; null stays null (no list: no narrowing).</summary>
    public static string? Joined(IEnumerable<string>? values) => values is null ? null : string.Join(ListSeparator, values);

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
