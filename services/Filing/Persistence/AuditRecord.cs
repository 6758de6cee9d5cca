namespace PerfWorkflow.Filing.Persistence;

/// <summary>A stored line of a filing's audit trail (see <see cref="Domain.Audit.AuditEntry"/>); rows are only ever added.</summary>
public sealed class AuditRecord
{
    public required Guid FilingId { get; init; }
    public required long Sequence { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string? FromState { get; init; }
    public string? ToState { get; init; }
    public string? Comment { get; init; }
    public required int FormVersion { get; init; }
    public required DateTime At { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
