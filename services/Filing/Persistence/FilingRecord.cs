namespace PerfWorkflow.Filing.Persistence;

/// <summary>
/// A filing as stored: the aggregate's snapshot as JSON, plus the columns lists and filters need.
/// <see cref="Version"/> is the optimistic-concurrency token: an update only succeeds against the version it read.
/// </summary>
public sealed class FilingRecord
{
    public required Guid Id { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; set; }
    public required string State { get; set; }
    public required int Version { get; set; }
    public required string Snapshot { get; set; }
    public required DateTime UpdatedAt { get; set; }

    /// <summary>The audit trail's head (its last line's sequence and hash), kept outside the trail's table.</summary>
    public long AuditSequence { get; set; }

    public string AuditHash { get; set; } = Domain.Audit.AuditChain.GenesisHash;
}
