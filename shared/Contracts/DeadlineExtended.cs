namespace PerfWorkflow.Contracts;

/// <summary>
/// The performance office moved one filing's stage deadline (for its department alone, or for all departments:
/// <see cref="AppliesToAllDepartments"/>), with the audited <see cref="Reason"/>.
/// </summary>
public sealed record DeadlineExtended(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    DateOnly OldDueDate,
    DateOnly NewDueDate,
    string Reason,
    string ExtendedBy,
    bool AppliesToAllDepartments,
    IReadOnlyList<string> Recipients);
