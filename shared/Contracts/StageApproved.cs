namespace PerfWorkflow.Contracts;

/// <summary>Every step signed: the stage is approved (申报 批复, 监控 签认, 自评 审定).</summary>
public sealed record StageApproved(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    string FiledBy);
