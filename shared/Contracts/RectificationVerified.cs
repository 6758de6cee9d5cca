namespace PerfWorkflow.Contracts;

/// <summary>Finance verified a rectification item.</summary>
public sealed record RectificationVerified(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int ItemNumber,
    string VerifiedBy,
    string? Comment);
