using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Messaging;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// The filing grain's own store. Each command is one transaction: an <c>UPDATE … WHERE version = @expected</c> of
/// the filing's row (0 rows: a stale activation, nothing is written), then the outbox rows, the next audit line,
/// the submitted forms and the idempotent answer as inserts. On PostgreSQL a command that writes no forms is one
/// statement (<see cref="FilingCommitStatement"/>); otherwise EF writes it between BEGIN and COMMIT. Nothing is read
/// on this path. Reads happen once, when an activation loads the filing.
/// </summary>
public sealed class FilingGrainStore(IServiceScopeFactory scopes, OutboxSignal<FilingDbContext> signal)
{
    public static readonly JsonSerializerOptions AnswerJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The filing's row, its last audit line, the latest revision of each of its documents and who moved its forms.</summary>
    public async Task<(FilingRecord? Record, AuditEntry? LastAudit, IReadOnlyList<FormRecord> LatestForms, FormMovers Movers)> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var record = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (record is null)
        {
            return (null, null, [], new FormMovers([]));
        }

        var last = await db.Audit.AsNoTracking().Where(a => a.FilingId == id).OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(ct);
        var forms = await db.Forms.AsNoTracking().Where(f => f.FilingId == id).ToListAsync(ct);
        var latest = forms.GroupBy(f => (f.Stage, f.FormKind)).Select(g => g.MaxBy(f => f.Revision)!).ToList();
        var moves = await db.Audit.AsNoTracking()
            .Where(a => a.FilingId == id && FormMovers.Actions.Contains(a.Action) && a.FromState != null)
            .OrderBy(a => a.Sequence).Select(a => new { a.FromState, a.Actor }).ToListAsync(ct);
        return (record, last is null ? null : FilingStore.ToEntry(last), latest, new FormMovers(moves.Select(m => (m.FromState!, m.Actor))));
    }

    /// <summary>
    /// The origins of <paramref name="accounts"/> and of their makers, as far as each was made since
    /// <paramref name="since"/> (only those answer to someone else, ADR 0007), by account id. Asked level by level
    /// (accounts, their makers, …) instead of reading every new account: at go-live every account is new, and the
    /// benchmark with 2,500 departments read 2,500 rows per approval.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, AccountOrigin>> RecentAccountOriginsAsync(IEnumerable<string> accounts, DateTimeOffset since, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var from = since.UtcDateTime;
        var origins = new Dictionary<string, AccountOrigin>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var next = accounts.Where(asked.Add).ToList();
        while (next.Count > 0)
        {
            var recent = await db.Users.AsNoTracking().Where(u => next.Contains(u.Id) && u.CreatedAt != null && u.CreatedAt >= from)
                .Select(u => new { u.Id, u.CreatedBy, u.CreatedAt }).ToListAsync(ct);
            foreach (var u in recent)
            {
                origins[u.Id] = new AccountOrigin(u.Id, u.CreatedBy, new DateTimeOffset(u.CreatedAt!.Value, TimeSpan.Zero));
            }

            next = recent.Select(u => u.CreatedBy).OfType<string>().Where(asked.Add).ToList();
        }

        return origins;
    }

    /// <summary>Inserts a new filing; false when the department already has one for the year (the unique key).</summary>
    public async Task<bool> InsertAsync(FilingSnapshot snapshot, StageState state, IReadOnlyList<IFilingEvent> events, AuditEntry firstLine, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        db.Filings.Add(ToRow(snapshot, state, firstLine, now));
        db.OutboxMessages.AddRange(events.Select(e => ToOutbox(snapshot, e)));
        db.Audit.Add(ToRecord(firstLine));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return false;
        }
    }

    public async Task<CommitOutcome> CommitAsync(FilingCommit commit, CancellationToken ct)
    {
        var snapshot = commit.Snapshot;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var row = ToRow(snapshot, commit.State, commit.AuditLine, commit.Now);
        var outbox = commit.Events.Select(e => ToOutbox(snapshot, e)).ToList();
        var audit = ToRecord(commit.AuditLine);
        var answer = string.IsNullOrWhiteSpace(commit.IdempotencyKey) ? null : new IdempotencyRecord
        {
            UserId = commit.AuditLine.Actor,
            IdempotencyKey = commit.IdempotencyKey,
            FilingId = snapshot.Id,
            Action = commit.AuditLine.Action,
            Response = JsonSerializer.Serialize(commit.Answer, AnswerJson),
            CreatedAt = row.UpdatedAt,
        };

        try
        {
            var committed = db.IsPostgreSql && commit.MarkedForms.Count == 0 && commit.AddedForms.Count == 0
                ? await CommitInOneStatementAsync(db, row, commit.ExpectedVersion, outbox, audit, answer, ct)
                : await CommitInUnitOfWorkAsync(db, row, commit, outbox, audit, answer, ct);
            return committed ? CommitOutcome.Committed : CommitOutcome.Stale;
        }
        catch (Exception ex) when (ex is DbUpdateException update && update.IsUniqueViolation() || ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The version check passed, so the duplicate is the idempotency key (a retry racing its first attempt)
            // or the audit line's sequence (a writer that committed between our read and our update).
            return commit.IdempotencyKey is not null && await PriorAnswerAsync(commit.AuditLine.Actor, commit.IdempotencyKey, ct) is not null
                ? CommitOutcome.KeyUsed
                : CommitOutcome.Stale;
        }
    }

    private async Task<bool> CommitInOneStatementAsync(FilingDbContext db, FilingRecord row, int expectedVersion, IReadOnlyList<OutboxMessage> outbox,
        AuditRecord audit, IdempotencyRecord? answer, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var committed = await FilingCommitStatement.ExecuteAsync((NpgsqlConnection)db.Database.GetDbConnection(), row, expectedVersion, outbox, audit, answer, ct);
            if (committed && outbox.Count > 0)
            {
                // EF's interceptor wakes the relay after its commits; this statement is not EF's.
                signal.Notify();
            }

            return committed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The same commit through EF: SQLite (in-process, where a round trip costs nothing) and submissions, which also write forms.</summary>
    private static async Task<bool> CommitInUnitOfWorkAsync(FilingDbContext db, FilingRecord row, FilingCommit commit, IReadOnlyList<OutboxMessage> outbox,
        AuditRecord audit, IdempotencyRecord? answer, CancellationToken ct)
    {
        // No savepoint around SaveChanges (two statements fewer): a failure rolls the whole transaction back.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var updated = await db.Filings
            .Where(f => f.Id == row.Id && f.Version == commit.ExpectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Snapshot, row.Snapshot)
                .SetProperty(f => f.Version, row.Version)
                .SetProperty(f => f.Stage, row.Stage)
                .SetProperty(f => f.State, row.State)
                .SetProperty(f => f.UpdatedAt, row.UpdatedAt)
                .SetProperty(f => f.AuditSequence, row.AuditSequence)
                .SetProperty(f => f.AuditHash, row.AuditHash), ct);
        if (updated == 0)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        foreach (var marked in commit.MarkedForms)
        {
            var submitted = marked.SubmittedVersion;
            await db.Forms
                .Where(f => f.FilingId == marked.FilingId && f.Stage == marked.Stage && f.FormKind == marked.FormKind && f.Revision == marked.Revision)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.SubmittedVersion, submitted), ct);
        }

        db.Forms.AddRange(commit.AddedForms);
        db.OutboxMessages.AddRange(outbox);
        db.Audit.Add(audit);
        if (answer is not null)
        {
            db.Idempotency.Add(answer);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Inserts a saved document and its audit line, only if the filing's row still has <paramref name="expectedVersion"/>;
    /// the row's audit head moves to the line in the same transaction.
    /// </summary>
    public async Task<CommitOutcome> SaveFormAsync(FormRecord form, AuditEntry line, int expectedVersion, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        // No savepoint around SaveChanges (two statements fewer): a failure rolls the whole transaction back.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Updating the row takes its lock and proves this activation still holds the filing's current version; a
        // stale activation's audit line then collides on its sequence.
        var (auditSequence, auditHash) = (line.Sequence, line.Hash);
        var current = await db.Filings.Where(f => f.Id == form.FilingId && f.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.AuditSequence, auditSequence).SetProperty(f => f.AuditHash, auditHash), ct);
        if (current == 0)
        {
            await transaction.RollbackAsync(ct);
            return CommitOutcome.Stale;
        }

        db.Forms.Add(form);
        db.Audit.Add(ToRecord(line));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommitOutcome.Committed;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            await transaction.RollbackAsync(ct);
            return CommitOutcome.Stale;
        }
    }

    /// <summary>The answer stored for this user's Idempotency-Key: the filing and action it was for and the view it answered.</summary>
    public async Task<(Guid FilingId, string Action, FilingView View)?> PriorAnswerAsync(string userId, string idempotencyKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var prior = await db.Idempotency.AsNoTracking().SingleOrDefaultAsync(i => i.UserId == userId && i.IdempotencyKey == idempotencyKey, ct);
        return prior is null ? null : (prior.FilingId, prior.Action, JsonSerializer.Deserialize<FilingView>(prior.Response, AnswerJson)!);
    }

    /// <summary>The filing's row as a command leaves it: its snapshot, where it stands and the head of its audit chain.</summary>
    private static FilingRecord ToRow(FilingSnapshot snapshot, StageState state, AuditEntry lastLine, DateTimeOffset now) => new()
    {
        Id = snapshot.Id,
        DepartmentId = snapshot.DepartmentId,
        FiscalYear = snapshot.FiscalYear,
        Stage = snapshot.Stage.ToString(),
        State = state.ToString(),
        Version = snapshot.Version,
        Snapshot = FilingSnapshotJson.Write(snapshot),
        UpdatedAt = now.UtcDateTime,
        AuditSequence = lastLine.Sequence,
        AuditHash = lastLine.Hash,
    };

    private static OutboxMessage ToOutbox(FilingSnapshot filing, IFilingEvent e)
    {
        var messageId = Guid.CreateVersion7(e.OccurredAt);
        var contract = FilingEventContracts.ToContract(e, filing.DepartmentId, filing.FiscalYear, messageId);
        return OutboxSerializer.ToOutbox(contract, messageId, e.OccurredAt);
    }

    private static AuditRecord ToRecord(AuditEntry e) => new()
    {
        FilingId = e.FilingId,
        Sequence = e.Sequence,
        Actor = e.Actor,
        Action = e.Action,
        FromState = e.FromState,
        ToState = e.ToState,
        Comment = e.Comment,
        FormVersion = e.FormVersion,
        At = e.At.UtcDateTime,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}
