namespace PerfWorkflow.Filing.Persistence;

/// <summary>The last line of the organisation's audit trail, kept outside the trail's table so a truncation shows.</summary>
public sealed class OrganisationAuditHeadRecord
{
    public const int SingleRowId = 1;

    public int Id { get; init; } = SingleRowId;

    /// <summary>The concurrency token: two writers extending the chain at once cannot both commit.</summary>
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}
