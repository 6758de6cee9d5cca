namespace PerfWorkflow.Contracts;

/// <summary>The owner of a rectification item submitted evidence.</summary>
public sealed record RectificationSubmitted(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int ItemNumber,
    string SubmittedBy,
    string? Evidence,
    IReadOnlyList<string> EvidenceLinks);
