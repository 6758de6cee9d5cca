using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// The to-dos a consumer batch's messages close, written together when the batch saves
/// (<see cref="IConsumerBatchWrites{TContext}"/>): on PostgreSQL one <c>UPDATE … FROM unnest(…)</c> for all of them, where
/// one statement per message was the largest share of Notification's statements; on SQLite, in-process, one update
/// each. Closings queued in one save are about different filings (a save holds one round, one message a filing, see
/// <see cref="BatchRounds"/>), or come from one message, which closes with one instant: two that match one row agree.
/// </summary>
public sealed class TodoClosings(NotificationDbContext db) : IConsumerBatchWrites<NotificationDbContext>
{
    // Each closing finds its filing's open to-dos through the filing's index (a lateral lookup the planner keeps
    // apart), and only those rows are updated: a plain join with unnest may be planned, and kept prepared, as a scan of
    // the whole inbox while it was small.
    private const string Sql = """
        WITH closed AS MATERIALIZED (
            SELECT open.id, c.done_at
            FROM unnest(@filings, @stages, @steps, @users, @kinds, @references, @done) AS c (filing_id, stage, step, user_id, kinds, reference, done_at)
            CROSS JOIN LATERAL (
                SELECT i.id FROM notification_inbox_items AS i
                WHERE i.filing_id = c.filing_id AND i.is_todo AND i.done_at IS NULL
                  AND (c.stage IS NULL OR i.stage = c.stage)
                  AND (c.step IS NULL OR i.step = c.step OR i.kind = @returned)
                  AND (c.user_id IS NULL OR i.user_id = c.user_id)
                  AND (c.kinds IS NULL OR i.kind = ANY (string_to_array(c.kinds, @separator)))
                  AND (c.reference IS NULL OR i.reference = c.reference)
                OFFSET 0) AS open)
        UPDATE notification_inbox_items AS i SET done_at = closed.done_at
        FROM closed WHERE i.id = closed.id AND i.done_at IS NULL
        """;

    private readonly QueuedWrites<TodoClosing> _queued = new();

    public void Add(TodoClosing closing) => _queued.Add(closing);

    public Task WriteAsync(CancellationToken cancellationToken) =>
        _queued.WriteAsync(db, Sql, Parameters, closing => CloseAsync(closing, cancellationToken), cancellationToken);

    private static object[] Parameters(IReadOnlyList<TodoClosing> closings) =>
    [
        new NpgsqlParameter("filings", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = closings.Select(c => c.FilingId).ToArray() },
        new NpgsqlParameter("stages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = closings.Select(c => c.Stage).ToArray() },
        new NpgsqlParameter("steps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = closings.Select(c => c.Step).ToArray() },
        new NpgsqlParameter("users", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = closings.Select(c => c.OnlyUser).ToArray() },
        new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = closings.Select(c => QueuedWrites<TodoClosing>.Joined(c.Kinds)).ToArray() },
        new NpgsqlParameter("references", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = closings.Select(c => c.Reference).ToArray() },
        new NpgsqlParameter("done", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = closings.Select(c => c.At.UtcDateTime).ToArray() },
        new NpgsqlParameter("separator", NpgsqlDbType.Text) { Value = QueuedWrites<TodoClosing>.ListSeparator },
        new NpgsqlParameter("returned", NpgsqlDbType.Text) { Value = InboxKinds.Returned },
    ];

    private Task CloseAsync(TodoClosing closing, CancellationToken cancellationToken)
    {
        var (filingId, stage, step, onlyUser, at, kinds, reference) = closing;
        var done = at.UtcDateTime;
        return db.InboxItems
            .Where(i => i.FilingId == filingId && i.IsTodo && i.DoneAt == null)
            .Where(i => stage == null || i.Stage == stage)
            .Where(i => step == null || i.Step == step || i.Kind == InboxKinds.Returned)
            .Where(i => onlyUser == null || i.UserId == onlyUser)
            .Where(i => kinds == null || kinds.Contains(i.Kind))
            .Where(i => reference == null || i.Reference == reference)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DoneAt, done), cancellationToken);
    }
}
