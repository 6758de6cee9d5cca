namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// A reviewer's judgement of a 定性 indicator: the tier and the share of the weight (0–100, in percent) picked inside
/// the tier's band. A share rather than points, because the weight itself may be rescaled when indicators drop out.
/// </summary>
public sealed record QualitativeAssessment(QualitativeTier Tier, decimal SharePercent);
