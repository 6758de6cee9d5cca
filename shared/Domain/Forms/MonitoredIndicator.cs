using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// One indicator on a 绩效运行监控表: the approved indicator (its 年度指标值 in <see cref="IndicatorEntry.AnnualTarget"/>)
/// with the progress written at the end of June.
/// </summary>
public sealed record MonitoredIndicator
{
    public required IndicatorEntry Indicator { get; init; }

    /// <summary>截至6月底完成值, as written.</summary>
    public string CompletedByEndOfJune { get; init; } = "";

    /// <summary>全年预计完成值, as written.</summary>
    public string ForecastFullYear { get; init; } = "";

    /// <summary>完成目标可能性; null when left empty.</summary>
    public CompletionLikelihood? Likelihood { get; init; }

    /// <summary>偏差原因 categories ticked.</summary>
    public IReadOnlyList<DeviationCause> DeviationCauses { get; init; } = [];

    /// <summary>偏差原因说明 (the free text beside the ticked categories).</summary>
    public string DeviationNote { get; init; } = "";

    /// <summary>纠偏措施.</summary>
    public string CorrectiveAction { get; init; } = "";
}
