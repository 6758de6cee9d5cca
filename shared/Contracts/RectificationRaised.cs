namespace PerfWorkflow.Contracts;

/// <summary>整改: a problem became a rectification item. Source is Monitoring/SelfEvaluation/Review/ThirdPartyReview/Audit.</summary>
public sealed record RectificationRaised(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    int ItemNumber,
    string Source,
    string Problem,
    string Measure,
    string Owner,
    DateOnly Deadline,
    string RaisedBy);
