namespace PerfWorkflow.Domain.Audit;

/// <summary>
/// The last line of a trail as recorded outside the trail's table (on the filing's own record): without it, deleting
/// the last lines of a trail leaves a shorter chain that still verifies.
/// </summary>
public sealed record AuditHead(long Sequence, string Hash)
{
    /// <summary>The head of a trail with no lines yet.</summary>
    public static AuditHead Empty { get; } = new(0, AuditChain.GenesisHash);

    public static AuditHead Of(AuditEntry last) => new(last.Sequence, last.Hash);
}
