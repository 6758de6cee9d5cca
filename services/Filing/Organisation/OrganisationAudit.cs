using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// The organisation's audit trail: changes to departments, accounts and approval chains, sign-ins (succeeded, failed,
/// locked out) and sign-outs. One chain for the database, keyed like the filings' (<see cref="KeyedAuditChain"/>,
/// same line format, same <see cref="AuditKeys"/>), its head in <c>filing_organisation_audit_head</c>, written in the
/// same transaction as the change the line records. A line maps onto the filings' format as: the chain's fixed id for
/// the filing id, the region for the from-state, the subject for the to-state, the detail for the comment.
/// </summary>
public sealed class OrganisationAudit(FilingDbContext db, AuditKeys keys, TimeProvider time)
{
    /// <summary>The id the organisation's chain carries where a filing's carries the filing id.</summary>
    public static readonly Guid ChainId = Guid.Parse("0a0d1700-0000-4000-8000-000000000001");

    private const int Attempts = 50;

    /// <summary>Writers of this process take turns, so only another replica can move the head under a writer.</summary>
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Records the line and saves every pending change of the unit of work with it, or none of them.</summary>
    public async Task SaveWithAsync(string? region, string actor, string action, string? subject, string? detail, CancellationToken cancellationToken)
    {
        var chain = await keys.ChainAsync(cancellationToken);
        await Turn.WaitAsync(cancellationToken);
        try
        {
            await AppendAndSaveAsync(chain, region, actor, action, subject, detail, cancellationToken);
        }
        finally
        {
            Turn.Release();
        }
    }

    private async Task AppendAndSaveAsync(KeyedAuditChain chain, string? region, string actor, string action, string? subject, string? detail, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var head = await db.OrganisationAuditHead.SingleOrDefaultAsync(cancellationToken);
            var headRead = head?.Sequence;
            var previous = head is null || head.Sequence == 0
                ? null
                : await db.OrganisationAudit.AsNoTracking().SingleOrDefaultAsync(a => a.Sequence == head.Sequence, cancellationToken);
            var entry = chain.Append(previous is null ? null : ToEntry(previous), ChainId, actor, action, region, subject, detail, 0, time.GetUtcNow());
            var record = new OrganisationAuditRecord
            {
                Sequence = entry.Sequence,
                Region = region,
                Actor = actor,
                Action = action,
                Subject = subject,
                Detail = detail,
                At = entry.At.UtcDateTime,
                PreviousHash = entry.PreviousHash,
                Hash = entry.Hash,
            };
            db.OrganisationAudit.Add(record);
            if (head is null)
            {
                head = new OrganisationAuditHeadRecord { Sequence = entry.Sequence, Hash = entry.Hash };
                db.OrganisationAuditHead.Add(head);
            }
            else
            {
                head.Sequence = entry.Sequence;
                head.Hash = entry.Hash;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException failure)
            {
                db.Entry(record).State = EntityState.Detached;
                db.Entry(head).State = EntityState.Detached;

                // Another replica extended the chain first: the change being recorded is still pending in the unit of
                // work, so only the line is made again on the new head. A failure with the head where it was is the
                // change's own (a duplicate id): it is the caller's.
                var now = await db.OrganisationAuditHead.AsNoTracking().Select(h => (long?)h.Sequence).SingleOrDefaultAsync(cancellationToken);
                if (now == headRead)
                {
                    throw;
                }

                if (attempt == Attempts)
                {
                    throw new ServiceBusyException("组织机构审计记录正忙，请稍后重试。", failure);
                }
            }
        }
    }

    /// <summary>The lines of a region (and the failed sign-ins of unknown accounts, which have none), oldest first.</summary>
    public async Task<IReadOnlyList<OrganisationAuditRecord>> LinesOfAsync(string region, CancellationToken cancellationToken) =>
        await db.OrganisationAudit.AsNoTracking().Where(a => a.Region == region || a.Region == null).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);

    /// <summary>Checks the whole chain against its key and its head.</summary>
    public async Task<(AuditVerification Result, int Lines)> VerifyAsync(CancellationToken cancellationToken)
    {
        var chain = await keys.ChainAsync(cancellationToken);
        var lines = await db.OrganisationAudit.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
        var head = await db.OrganisationAuditHead.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var result = chain.Verify(lines.Select(ToEntry).ToList(), head is null ? AuditHead.Empty : new AuditHead(head.Sequence, head.Hash));
        return (result, lines.Count);
    }

    public static AuditEntry ToEntry(OrganisationAuditRecord r) =>
        new(r.Sequence, ChainId, r.Actor, r.Action, r.Region, r.Subject, r.Detail, 0, new DateTimeOffset(r.At, TimeSpan.Zero), r.PreviousHash, r.Hash);
}
