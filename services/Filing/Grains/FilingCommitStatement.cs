using Npgsql;
using NpgsqlTypes;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// A filing command's commit on PostgreSQL as one statement, so one round trip: the row's versioned update, and,
/// only when it matched, the outbox rows, the audit line and the idempotent answer, as data-modifying parts of one
/// <c>WITH</c>. A single statement is its own transaction: it writes all of them or, on a duplicate key, none.
/// The EF path took BEGIN, the update, the inserts and COMMIT in three round trips; each round trip, not the SQL,
/// was the cost (docs/benchmarks.md). Commits that also touch the forms (a submission) keep the EF path.
/// </summary>
public static class FilingCommitStatement
{
    private const string Sql = """
        WITH updated AS (
            UPDATE filing_filings
               SET snapshot = @snapshot, version = @version, stage = @stage, state = @state, updated_at = @now,
                   audit_sequence = @audit_sequence, audit_hash = @audit_hash
             WHERE id = @id AND version = @expected
         RETURNING id),
        outbox AS (
            INSERT INTO filing_outbox (message_id, message_type, payload, occurred_at, trace_parent)
            SELECT m.message_id, m.message_type, m.payload, m.occurred_at, m.trace_parent
              FROM updated, unnest(@message_ids, @message_types, @payloads, @occurred_at, @trace_parents)
                   AS m (message_id, message_type, payload, occurred_at, trace_parent)),
        audit AS (
            INSERT INTO filing_audit (filing_id, sequence, actor, action, from_state, to_state, comment, form_version, at, previous_hash, hash)
            SELECT @id, @audit_sequence, @actor, @action, @from_state, @to_state, @comment, @form_version, @audit_at, @previous_hash, @audit_hash
              FROM updated),
        answer AS (
            INSERT INTO filing_idempotency (user_id, idempotency_key, filing_id, action, response, created_at)
            SELECT @actor, @key, @id, @action, @response, @now
              FROM updated WHERE @key IS NOT NULL)
        SELECT count(*) FROM updated
        """;

    /// <summary>True when the row still had the expected version and everything was written; false when it had moved.</summary>
    public static async Task<bool> ExecuteAsync(NpgsqlConnection connection, FilingRecord row, int expectedVersion, IReadOnlyList<OutboxMessage> outbox,
        AuditRecord audit, IdempotencyRecord? answer, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid>("id", row.Id));
        p.Add(new NpgsqlParameter<int>("expected", expectedVersion));
        p.Add(new NpgsqlParameter<string>("snapshot", row.Snapshot));
        p.Add(new NpgsqlParameter<int>("version", row.Version));
        p.Add(new NpgsqlParameter<string>("stage", row.Stage));
        p.Add(new NpgsqlParameter<string>("state", row.State));
        p.Add(new NpgsqlParameter<DateTime>("now", row.UpdatedAt));
        p.Add(new NpgsqlParameter<long>("audit_sequence", row.AuditSequence));
        p.Add(new NpgsqlParameter<string>("audit_hash", row.AuditHash));
        p.Add(new NpgsqlParameter<Guid[]>("message_ids", outbox.Select(m => m.MessageId).ToArray()));
        p.Add(new NpgsqlParameter<string[]>("message_types", outbox.Select(m => m.MessageType).ToArray()));
        p.Add(new NpgsqlParameter<string[]>("payloads", outbox.Select(m => m.Payload).ToArray()));
        p.Add(new NpgsqlParameter<DateTime[]>("occurred_at", outbox.Select(m => m.OccurredAt).ToArray()));
        p.Add(new NpgsqlParameter("trace_parents", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = outbox.Select(m => (object?)m.TraceParent ?? DBNull.Value).ToArray() });
        p.Add(new NpgsqlParameter<string>("actor", audit.Actor));
        p.Add(new NpgsqlParameter<string>("action", audit.Action));
        p.Add(Text("from_state", audit.FromState));
        p.Add(Text("to_state", audit.ToState));
        p.Add(Text("comment", audit.Comment));
        p.Add(new NpgsqlParameter<int>("form_version", audit.FormVersion));
        p.Add(new NpgsqlParameter<DateTime>("audit_at", audit.At));
        p.Add(new NpgsqlParameter<string>("previous_hash", audit.PreviousHash));
        p.Add(Text("key", answer?.IdempotencyKey));
        p.Add(Text("response", answer?.Response));
        return (long)(await command.ExecuteScalarAsync(ct))! == 1;
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
