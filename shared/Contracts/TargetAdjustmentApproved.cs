namespace PerfWorkflow.Contracts;

/// <summary>The adjusted targets passed the chain: the new declaration revision is in force.</summary>
public sealed record TargetAdjustmentApproved(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int Revision,
    int FormVersion,
    string FiledBy);
