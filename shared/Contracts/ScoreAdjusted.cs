namespace PerfWorkflow.Contracts;

/// <summary>抽查复核: the performance office replaced the self-evaluation's score, with a reason.</summary>
public sealed record ScoreAdjusted(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    decimal OldPoints,
    string OldGrade,
    decimal NewPoints,
    string NewGrade,
    string AdjustedBy,
    string Reason);
