using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Messaging;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// The filing grain's own store. Each command is one transaction: an <c>UPDATE … WHERE version = @expected</c> of
/// the filing's row (0 rows: a stale activation, nothing is written), then the outbox rows, the next audit line,
/// the submitted forms and the idempotent answer as inserts, then COMMIT. Nothing is read on this path and EF tracks
/// only the new rows. Reads happen once, when an activation loads the filing.
/// </summary>
public sealed class FilingGrainStore(IServiceScopeFactory scopes)
{
    public static readonly JsonSerializerOptions AnswerJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The filing's row, its last audit line and the latest revision of each of its documents.</summary>
    public async Task<(FilingRecord? Record, AuditEntry? LastAudit, IReadOnlyList<FormRecord> LatestForms)> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var record = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (record is null)
        {
            return (null, null, []);
        }

        var last = await db.Audit.AsNoTracking().Where(a => a.FilingId == id).OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(ct);
        var forms = await db.Forms.AsNoTracking().Where(f => f.FilingId == id).ToListAsync(ct);
        var latest = forms.GroupBy(f => (f.Stage, f.FormKind)).Select(g => g.MaxBy(f => f.Revision)!).ToList();
        return (record, last is null ? null : FilingStore.ToEntry(last), latest);
    }

    /// <summary>Inserts a new filing; false when the department already has one for the year (the unique key).</summary>
    public async Task<bool> InsertAsync(FilingSnapshot snapshot, StageState state, IReadOnlyList<IFilingEvent> events, AuditEntry firstLine, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        db.Filings.Add(new FilingRecord
        {
            Id = snapshot.Id,
            DepartmentId = snapshot.DepartmentId,
            FiscalYear = snapshot.FiscalYear,
            Stage = snapshot.Stage.ToString(),
            State = state.ToString(),
            Version = snapshot.Version,
            Snapshot = FilingSnapshotJson.Write(snapshot),
            UpdatedAt = now.UtcDateTime,
            AuditSequence = firstLine.Sequence,
            AuditHash = firstLine.Hash,
        });
        AddEvents(db, snapshot, events);
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
        // No savepoint around SaveChanges (two statements fewer): a failure rolls the whole transaction back.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var json = FilingSnapshotJson.Write(snapshot);
        var stage = snapshot.Stage.ToString();
        var state = commit.State.ToString();
        var updatedAt = commit.Now.UtcDateTime;
        var (auditSequence, auditHash) = (commit.AuditLine.Sequence, commit.AuditLine.Hash);
        var updated = await db.Filings
            .Where(f => f.Id == snapshot.Id && f.Version == commit.ExpectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Snapshot, json)
                .SetProperty(f => f.Version, snapshot.Version)
                .SetProperty(f => f.Stage, stage)
                .SetProperty(f => f.State, state)
                .SetProperty(f => f.UpdatedAt, updatedAt)
                .SetProperty(f => f.AuditSequence, auditSequence)
                .SetProperty(f => f.AuditHash, auditHash), ct);
        if (updated == 0)
        {
            await transaction.RollbackAsync(ct);
            return CommitOutcome.Stale;
        }

        foreach (var marked in commit.MarkedForms)
        {
            var submitted = marked.SubmittedVersion;
            await db.Forms
                .Where(f => f.FilingId == marked.FilingId && f.Stage == marked.Stage && f.FormKind == marked.FormKind && f.Revision == marked.Revision)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.SubmittedVersion, submitted), ct);
        }

        db.Forms.AddRange(commit.AddedForms);
        AddEvents(db, snapshot, commit.Events);
        db.Audit.Add(ToRecord(commit.AuditLine));
        if (!string.IsNullOrWhiteSpace(commit.IdempotencyKey))
        {
            db.Idempotency.Add(new IdempotencyRecord
            {
                UserId = commit.AuditLine.Actor,
                IdempotencyKey = commit.IdempotencyKey,
                FilingId = snapshot.Id,
                Action = commit.AuditLine.Action,
                Response = JsonSerializer.Serialize(commit.Answer, AnswerJson),
                CreatedAt = updatedAt,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommitOutcome.Committed;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            await transaction.RollbackAsync(ct);
            // The version check passed, so the duplicate is the idempotency key (a retry racing its first attempt)
            // or the audit line's sequence (a writer that committed between our read and our update).
            return commit.IdempotencyKey is not null && await PriorAnswerAsync(commit.AuditLine.Actor, commit.IdempotencyKey, ct) is not null
                ? CommitOutcome.KeyUsed
                : CommitOutcome.Stale;
        }
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

    private static void AddEvents(FilingDbContext db, FilingSnapshot filing, IReadOnlyList<IFilingEvent> events)
    {
        foreach (var e in events)
        {
            var messageId = Guid.CreateVersion7(e.OccurredAt);
            var contract = FilingEventContracts.ToContract(e, filing.DepartmentId, filing.FiscalYear, messageId);
            db.OutboxMessages.Add(OutboxSerializer.ToOutbox(contract, messageId, e.OccurredAt));
        }
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
