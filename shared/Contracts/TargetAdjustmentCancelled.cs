namespace PerfWorkflow.Contracts;

/// <summary>A 绩效目标调整 was given up; the approved declaration stands again.</summary>
public sealed record TargetAdjustmentCancelled(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int Revision,
    string CancelledBy);
