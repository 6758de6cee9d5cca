namespace PerfWorkflow.Filing.Persistence;

/// <summary>
/// A stored line of the organisation's audit trail (see <see cref="Organisation.OrganisationAudit"/>): who did what to
/// which department, account or chain, or who signed in or out. Rows are only ever added.
/// </summary>
public sealed class OrganisationAuditRecord
{
    public required long Sequence { get; init; }

    /// <summary>The region the line belongs to; null for a failed sign-in of an account that does not exist.</summary>
    public string? Region { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }

    /// <summary>The department, account or chain acted on.</summary>
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public required DateTime At { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
