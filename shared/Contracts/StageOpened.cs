namespace PerfWorkflow.Contracts;

/// <summary>A stage of the cycle opened for the department to fill.</summary>
public sealed record StageOpened(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage);
