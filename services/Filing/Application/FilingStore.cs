using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// How stored filing rows read back: the view of a row (for lists, which read the table rather than wake every
/// filing's grain), the audit trail's name for where a filing stands, and a stored audit line as the domain's entry.
/// Writes belong to the filing's grain (<see cref="Grains.FilingGrainStore"/>).
/// </summary>
public static class FilingStore
{
    public static FilingView ViewOf(FilingRecord record) =>
        FilingView.Of(Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot)), new DateTimeOffset(record.UpdatedAt, TimeSpan.Zero));

    /// <summary>How the audit trail names where a filing stands (<see cref="Domain.Audit.AuditedPosition"/>).</summary>
    public static string Describe(Domain.Filings.Filing filing) => Domain.Audit.AuditedPosition.Of(filing).ToString();

    public static AuditEntry ToEntry(AuditRecord r) =>
        new(r.Sequence, r.FilingId, r.Actor, r.Action, r.FromState, r.ToState, r.Comment, r.FormVersion, new DateTimeOffset(r.At, TimeSpan.Zero), r.PreviousHash, r.Hash);
}
