namespace PerfWorkflow.Domain.Audit;

/// <summary>The result of checking an audit trail: intact, or the first sequence where it breaks and how.</summary>
public sealed record AuditVerification(bool IsIntact, long? FirstBrokenSequence, AuditBreak? Break)
{
    public static AuditVerification Intact { get; } = new(true, null, null);

    public static AuditVerification BrokenAt(long sequence, AuditBreak how) => new(false, sequence, how);
}
