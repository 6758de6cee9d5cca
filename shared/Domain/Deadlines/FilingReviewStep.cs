using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>One review step of one stage of a filing: what a review limit is about.</summary>
public sealed record FilingReviewStep(Guid FilingId, CycleStage Stage, int Step);
