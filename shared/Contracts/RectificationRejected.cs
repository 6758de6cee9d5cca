namespace PerfWorkflow.Contracts;

/// <summary>Finance rejected a rectification item's evidence; it is open again.</summary>
public sealed record RectificationRejected(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int ItemNumber,
    string RejectedBy,
    string Reason);
