namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// The light of one indicator of a 绩效运行监控表 with the numbers it was computed from: <paramref name="Expected"/> is
/// the progress expected by the end of June, <paramref name="PercentOfExpected"/> the progress written as a share of
/// it (the deviation is that share minus 100 %). <paramref name="Explanation"/> says it in Chinese.
/// </summary>
public sealed record IndicatorProgress(
    int Index,
    string Name,
    MonitoringLight Light,
    decimal? Expected,
    decimal? Completed,
    decimal? PercentOfExpected,
    string Explanation)
{
    public bool NeedsExplanation => Light is MonitoringLight.Red or MonitoringLight.Yellow or MonitoringLight.Blue;

    /// <summary>Progress minus the expected, as percentage points of the expected (−40 for 60 % of it).</summary>
    public decimal? DeviationPercent => PercentOfExpected - 100m;
}
