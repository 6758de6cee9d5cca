namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>Where a test filing stands in the cycle, in the order <see cref="FilingDriver"/> brings it there.</summary>
public enum Milestone
{
    DeclarationDraft,
    DeclarationFilled,
    DeclarationInReview,
    DeclarationApproved,
    MonitoringDraft,
    MonitoringFilled,
    MonitoringInReview,
    MonitoringApproved,
    SelfEvaluationDraft,
    SelfEvaluationFilled,
    SelfEvaluationInReview,
    SelfEvaluationApproved,
    Rectification,
    Closed,
}
