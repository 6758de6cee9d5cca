using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Messaging;

/// <summary>
/// The cycle positions a consumer batch's messages report, written when the batch saves
/// (<see cref="IConsumerBatchWrites{TContext}"/>). A position only moves forward in time: an older event (a redelivery
/// after a newer one) does not win, and a filing heard of for the first time gets its row. On PostgreSQL all of a
/// save's moves are one upsert; a save holds at most one message per filing (<see cref="BatchRounds"/>), so no row is
/// upserted twice in it. On SQLite, in-process, each move is an update and, for a new filing, an insert; moves of one
/// filing there apply in turn, to the same end.
/// </summary>
public sealed class CycleMoves(WorkflowDbContext db) : IConsumerBatchWrites<WorkflowDbContext>
{
    private const string Sql = """
        INSERT INTO workflow_filing_cycles (filing_id, department_id, fiscal_year, stage, stage_state, updated_at)
        SELECT * FROM unnest(@filings, @departments, @years, @stages, @states, @at)
        ON CONFLICT (filing_id) DO UPDATE SET stage = excluded.stage, stage_state = excluded.stage_state, updated_at = excluded.updated_at
        WHERE workflow_filing_cycles.updated_at <= excluded.updated_at
        """;

    private readonly QueuedWrites<CycleMove> _queued = new();

    public void Add(CycleMove move) => _queued.Add(move);

    public Task WriteAsync(CancellationToken cancellationToken) =>
        _queued.WriteAsync(db, Sql, Parameters, move => MoveAsync(move, cancellationToken), cancellationToken);

    private static object[] Parameters(IReadOnlyList<CycleMove> queued)
    {
        // Should two moves of one filing still meet in a save, the later one is the position (one upsert may not touch a
        // row twice).
        var moves = queued.GroupBy(m => m.FilingId).Select(g => g.MaxBy(m => m.At)!).ToList();
        return
        [
            new NpgsqlParameter("filings", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = moves.Select(m => m.FilingId).ToArray() },
            new NpgsqlParameter("departments", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = moves.Select(m => m.DepartmentId).ToArray() },
            new NpgsqlParameter("years", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = moves.Select(m => m.FiscalYear).ToArray() },
            new NpgsqlParameter("stages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = moves.Select(m => m.Stage).ToArray() },
            new NpgsqlParameter("states", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = moves.Select(m => m.StageState).ToArray() },
            new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = moves.Select(m => m.At).ToArray() },
        ];
    }

    private async Task MoveAsync(CycleMove move, CancellationToken cancellationToken)
    {
        var (filingId, departmentId, fiscalYear, stage, stageState, at) = move;
        var moved = await db.FilingCycles.Where(c => c.FilingId == filingId && c.UpdatedAt <= at)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Stage, stage).SetProperty(c => c.StageState, stageState).SetProperty(c => c.UpdatedAt, at), cancellationToken);
        if (moved == 0 && !await db.FilingCycles.AnyAsync(c => c.FilingId == filingId, cancellationToken))
        {
            db.FilingCycles.Add(new FilingCycle { FilingId = filingId, DepartmentId = departmentId, FiscalYear = fiscalYear, Stage = stage, StageState = stageState, UpdatedAt = at });
        }
    }
}
