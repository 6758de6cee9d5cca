namespace PerfWorkflow.Contracts;

/// <summary>签认: one signer of a monitoring step confirmed the form; with 会签 the step may still wait on others.</summary>
public sealed record SignOffRecorded(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int Step,
    string Role,
    string SignedBy,
    string? Comment,
    bool StepCompleted);
