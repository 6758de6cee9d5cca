namespace PerfWorkflow.Contracts;

/// <summary>转办: a reviewer handed their place in a step to a colleague.</summary>
public sealed record ReviewTransferred(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int Step,
    string From,
    string To,
    string? Comment);
