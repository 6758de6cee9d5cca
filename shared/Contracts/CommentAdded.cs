namespace PerfWorkflow.Contracts;

/// <summary>意见: a comment on the form under review; nothing else changed.</summary>
public sealed record CommentAdded(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int FormVersion,
    int? Step,
    string By,
    string Text);
