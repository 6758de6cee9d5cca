namespace PerfWorkflow.Contracts;

/// <summary>One signer approved a chain step; with 会签 the step may still wait on others.</summary>
public sealed record ReviewApproved(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int Step,
    string ApprovedBy,
    string? Comment,
    bool StepCompleted);
