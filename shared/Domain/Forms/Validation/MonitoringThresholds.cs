namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Thresholds of the mid-year money checks. Defaults follow docs/domain.md §4 [practice]: below 40 % executed at the end of
/// June is a warning; a full-year forecast below 90 % needs an explanation;
/// the indicator lights are red below 60 %, yellow below 80 %, blue from 120 % of the expected progress. Finance bureaus set their own.
/// </summary>
public sealed record MonitoringThresholds
{
    public static MonitoringThresholds Default { get; } = new();

    public decimal LowExecutionAtJunePercent { get; init; } = 40m;

    public decimal ForecastExplanationPercent { get; init; } = ExecutionRateRules.DefaultExplanationThresholdPercent;

    /// <summary>Months of the year the end-of-June data covers: expected progress = annual target × months ÷ 12.</summary>
    public int MonthsElapsed { get; init; } = 6;

    /// <summary>Progress below this share of the expected (%) is a red light.</summary>
    public decimal RedBelowPercent { get; init; } = 60m;

    /// <summary>Progress below this share of the expected (%) is a yellow light; from here to <see cref="BlueFromPercent"/>, green.</summary>
    public decimal YellowBelowPercent { get; init; } = 80m;

    /// <summary>Progress at or above this share of the expected (%) is a blue light (over-completion).</summary>
    public decimal BlueFromPercent { get; init; } = 120m;
}
