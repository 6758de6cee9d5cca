namespace PerfWorkflow.Contracts;

/// <summary>The filer took a submission back before anyone decided on it.</summary>
public sealed record SubmissionWithdrawn(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    string WithdrawnBy);
