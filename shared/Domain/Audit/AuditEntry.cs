namespace PerfWorkflow.Domain.Audit;

/// <summary>
/// One line of a filing's audit trail. <see cref="Hash"/> covers every other field, <see cref="PreviousHash"/>
/// included, so changing, removing or reordering a line breaks the chain from there on (see <see cref="AuditChain"/>).
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    Guid FilingId,
    string Actor,
    string Action,
    string? FromState,
    string? ToState,
    string? Comment,
    int FormVersion,
    DateTimeOffset At,
    string PreviousHash,
    string Hash);
