using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// What a finance bureau may tune in form validation, passed in by whoever validates (services read it from
/// configuration); <see cref="Default"/> is the district practice of domain.md.
/// </summary>
public sealed record FormValidationOptions
{
    public static FormValidationOptions Default { get; } = new();

    public IndicatorValidationOptions Indicators { get; init; } = IndicatorValidationOptions.Default;

    /// <summary>Execution rate (percent) under which a self-evaluation must say why [practice: 90 %].</summary>
    public decimal ExecutionExplanationThresholdPercent { get; init; } = ExecutionRateRules.DefaultExplanationThresholdPercent;

    /// <summary>The bands a stated grade is checked against.</summary>
    public GradeBands GradeBands { get; init; } = GradeBands.Default;

    public MonitoringThresholds Monitoring { get; init; } = MonitoringThresholds.Default;
}
