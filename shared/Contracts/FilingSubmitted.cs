namespace PerfWorkflow.Contracts;

/// <summary>The filer submitted (or resubmitted after 退回修改) the stage's form.</summary>
public sealed record FilingSubmitted(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    string SubmittedBy,
    int FormVersion,
    bool IsResubmission);
