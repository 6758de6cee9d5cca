using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// The timers a consumer batch's messages cancel, written together when the batch saves
/// (<see cref="IConsumerBatchWrites{TContext}"/>): on PostgreSQL one <c>UPDATE … FROM unnest(…)</c> for all of them instead
/// of one statement per message; on SQLite, in-process, one update each. Set-based either way, so a row the sweep
/// holds locked is re-checked after it commits: a fired timer stays fired. Cancellations queued in one save are about
/// different filings (a save holds one round, one message a filing, see <see cref="BatchRounds"/>), or come from one
/// message, which gives one reason: two that match one row agree on it.
/// </summary>
public sealed class TimerCancellations(WorkflowDbContext db) : IConsumerBatchWrites<WorkflowDbContext>
{
    // Each cancellation finds its filing's timers through the filing's index (a lateral lookup the planner keeps apart),
    // and only those rows are updated: a plain join with unnest may be planned, and kept prepared, as a scan of all
    // timers while there were few.
    private const string Sql = """
        WITH cancelled AS MATERIALIZED (
            SELECT waiting.key, c.reason
            FROM unnest(@filings, @stages, @kinds, @steps, @reasons) AS c (filing_id, stage, kinds, step, reason)
            CROSS JOIN LATERAL (
                SELECT t.key FROM workflow_timers AS t
                WHERE t.filing_id = c.filing_id AND t.stage = c.stage AND t.status = @pending
                  AND t.kind = ANY (string_to_array(c.kinds, @separator))
                  AND (c.step IS NULL OR t.number = c.step)
                OFFSET 0) AS waiting)
        UPDATE workflow_timers AS t SET status = @cancelled, cancel_reason = cancelled.reason
        FROM cancelled WHERE t.key = cancelled.key AND t.status = @pending
        """;

    private readonly QueuedWrites<TimerCancellation> _queued = new();

    public void Add(TimerCancellation cancellation) => _queued.Add(cancellation);

    public Task WriteAsync(CancellationToken cancellationToken) =>
        _queued.WriteAsync(db, Sql, Parameters, cancellation => CancelAsync(cancellation, cancellationToken), cancellationToken);

    private static object[] Parameters(IReadOnlyList<TimerCancellation> cancellations) =>
    [
        new NpgsqlParameter("filings", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = cancellations.Select(c => c.FilingId).ToArray() },
        new NpgsqlParameter("stages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = cancellations.Select(c => c.Stage).ToArray() },
        new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = cancellations.Select(c => QueuedWrites<TimerCancellation>.Joined(c.Kinds)).ToArray() },
        new NpgsqlParameter("steps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = cancellations.Select(c => c.Step).ToArray() },
        new NpgsqlParameter("reasons", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = cancellations.Select(c => c.Reason).ToArray() },
        new NpgsqlParameter("separator", NpgsqlDbType.Text) { Value = QueuedWrites<TimerCancellation>.ListSeparator },
        new NpgsqlParameter("cancelled", NpgsqlDbType.Text) { Value = TimerStatuses.Cancelled },
        new NpgsqlParameter("pending", NpgsqlDbType.Text) { Value = TimerStatuses.Pending },
    ];

    private Task<int> CancelAsync(TimerCancellation cancellation, CancellationToken cancellationToken)
    {
        var (filingId, stage, kinds, step, reason) = cancellation;
        return db.Timers
            .Where(t => t.FilingId == filingId && t.Stage == stage && t.Status == TimerStatuses.Pending && kinds.Contains(t.Kind))
            .Where(t => step == null || t.Number == step)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatuses.Cancelled).SetProperty(t => t.CancelReason, reason), cancellationToken);
    }
}
