namespace PerfWorkflow.Contracts;

/// <summary>绩效目标调整: the approved declaration reopened as a new revision; later stages wait until it is approved.</summary>
public sealed record TargetAdjustmentStarted(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int Revision,
    string RequestedBy,
    string Reason);
