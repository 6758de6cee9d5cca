using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>One indicator as it enters scoring: the form's entry (with 实际完成值), and the reviewer's decisions.</summary>
public sealed record SelfEvaluationIndicator(IndicatorEntry Entry)
{
    /// <summary>不适用: left out of the score, the remaining weights rescaled to 100.</summary>
    public bool NotApplicable { get; init; }

    /// <summary>Needed for 定性 indicators (and used when a quantitative actual cannot be read).</summary>
    public QualitativeAssessment? Assessment { get; init; }
}
