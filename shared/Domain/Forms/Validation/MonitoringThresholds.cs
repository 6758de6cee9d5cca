namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Thresholds of the mid-year money checks. Defaults follow docs/domain.md §4 [practice]: below 40 % executed at the end of
/// June is a warning; a full-year forecast below 90 % needs an explanation. Finance bureaus set their own.
/// </summary>
public sealed record MonitoringThresholds
{
    public static MonitoringThresholds Default { get; } = new();

    public decimal LowExecutionAtJunePercent { get; init; } = 40m;

    public decimal ForecastExplanationPercent { get; init; } = ExecutionRateRules.DefaultExplanationThresholdPercent;
}
