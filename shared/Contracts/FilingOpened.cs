namespace PerfWorkflow.Contracts;

/// <summary>A department's filing for a fiscal year exists; its declaration (申报) is open as a draft.</summary>
public sealed record FilingOpened(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage);
