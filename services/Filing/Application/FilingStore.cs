using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Messaging;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// How one action on a filing is made durable, all in one transaction: the filing's new snapshot (only if nobody
/// changed it since it was read), its events as outbox rows, the next line of its hash-chained audit trail, and the
/// answer to the request's Idempotency-Key. A retried request with the same key gets the stored answer.
/// </summary>
public sealed class FilingStore(FilingDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public FilingDbContext Db => db;

    /// <summary>The answer already given to this user's request with this key, if any.</summary>
    public async Task<FilingView?> PriorAnswerAsync(string? userId, string? idempotencyKey, Guid filingId, CancellationToken cancellationToken)
    {
        if (userId is null || string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return null;
        }

        var prior = await db.Idempotency.AsNoTracking().SingleOrDefaultAsync(i => i.UserId == userId && i.IdempotencyKey == idempotencyKey, cancellationToken);
        if (prior is null)
        {
            return null;
        }

        return prior.FilingId == filingId
            ? JsonSerializer.Deserialize<FilingView>(prior.Response, Json)
            : throw new FilingRuleException("idempotency.key-reused", "该请求标识（Idempotency-Key）已用于另一份档案，请为新的操作生成新的标识。");
    }

    public async Task<(FilingRecord Record, Domain.Filings.Filing Filing)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Filings.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        return (record, Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot)));
    }

    /// <summary>Adds a new filing (with its opening events and first audit line) to the unit of work.</summary>
    public void Add(Domain.Filings.Filing filing, IReadOnlyList<IFilingEvent> events, string actor, DateTimeOffset now)
    {
        var snapshot = filing.ToSnapshot();
        db.Filings.Add(new FilingRecord
        {
            Id = filing.Id,
            DepartmentId = filing.DepartmentId,
            FiscalYear = filing.FiscalYear,
            Stage = snapshot.Stage.ToString(),
            State = filing.State.ToString(),
            Version = snapshot.Version,
            Snapshot = FilingSnapshotJson.Write(snapshot),
            UpdatedAt = now.UtcDateTime,
        });
        AddEvents(filing, events);
        var entry = AuditChain.Append(null, filing.Id, actor, "open", null, Describe(filing), null, 0, now);
        db.Audit.Add(ToRecord(entry));
    }

    /// <summary>Commits an action: snapshot, events, audit line and idempotent answer, or 409 if someone was first.</summary>
    public async Task<FilingView> CommitAsync(
        FilingRecord record,
        Domain.Filings.Filing filing,
        IReadOnlyList<IFilingEvent> events,
        string actor,
        string action,
        string fromState,
        string? comment,
        string? idempotencyKey,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var snapshot = filing.ToSnapshot();
        record.Stage = snapshot.Stage.ToString();
        record.State = filing.State.ToString();
        record.Version = snapshot.Version;
        record.Snapshot = FilingSnapshotJson.Write(snapshot);
        record.UpdatedAt = now.UtcDateTime;
        AddEvents(filing, events);

        var previous = await db.Audit.AsNoTracking().Where(a => a.FilingId == filing.Id)
            .OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
        var entry = AuditChain.Append(previous is null ? null : ToEntry(previous), filing.Id, actor, action, fromState, Describe(filing), comment, filing.FormVersion, now);
        db.Audit.Add(ToRecord(entry));

        var view = FilingView.Of(filing, now);
        if (!string.IsNullOrWhiteSpace(idempotencyKey))
        {
            db.Idempotency.Add(new IdempotencyRecord
            {
                UserId = actor,
                IdempotencyKey = idempotencyKey,
                FilingId = filing.Id,
                Response = JsonSerializer.Serialize(view, Json),
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return view;
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && update.IsUniqueViolation()))
        {
            db.ChangeTracker.Clear();
            if (await PriorAnswerAsync(actor, idempotencyKey, filing.Id, cancellationToken) is { } answered)
            {
                return answered; // the same request, retried while the first was committing
            }

            var current = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == filing.Id, cancellationToken);
            throw new ConcurrencyConflictException("该档案刚被其他人处理过，请查看最新状态后再操作。", ViewOf(current));
        }
    }

    public static FilingView ViewOf(FilingRecord record) =>
        FilingView.Of(Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot)), new DateTimeOffset(record.UpdatedAt, TimeSpan.Zero));

    /// <summary>How the audit trail names where a filing stands, e.g. <c>Declaration:InReview@2</c>.</summary>
    public static string Describe(Domain.Filings.Filing filing) =>
        $"{filing.ActiveStage}:{filing.State}" + (filing.CurrentStep is { } step ? $"@{step}" : string.Empty);

    public static AuditEntry ToEntry(AuditRecord r) =>
        new(r.Sequence, r.FilingId, r.Actor, r.Action, r.FromState, r.ToState, r.Comment, r.FormVersion, new DateTimeOffset(r.At, TimeSpan.Zero), r.PreviousHash, r.Hash);

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

    private void AddEvents(Domain.Filings.Filing filing, IReadOnlyList<IFilingEvent> events)
    {
        foreach (var e in events)
        {
            var messageId = Guid.CreateVersion7(e.OccurredAt);
            var contract = FilingEventContracts.ToContract(e, filing.DepartmentId, filing.FiscalYear, messageId);
            db.OutboxMessages.Add(OutboxSerializer.ToOutbox(contract, messageId, e.OccurredAt));
        }
    }
}
