namespace PerfWorkflow.Contracts;

/// <summary>退回修改: a reviewer sent the form back to the filer (ToStep null) or to an earlier step.</summary>
public sealed record FilingReturned(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int FromStep,
    int? ToStep,
    string ReturnedBy,
    string Comment,
    string FiledBy);
