namespace PerfWorkflow.Contracts;

/// <summary>The self-evaluation was submitted with the department's own score (自评得分); Grade is Excellent/Good/Fair/Poor.</summary>
public sealed record SelfScoreRecorded(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int FormVersion,
    decimal Points,
    string Grade);
