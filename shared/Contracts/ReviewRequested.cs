namespace PerfWorkflow.Contracts;

/// <summary>A chain step now waits on its assignees: their 待办.</summary>
public sealed record ReviewRequested(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int Step,
    string Role,
    string Mode,
    IReadOnlyList<string> Assignees);
