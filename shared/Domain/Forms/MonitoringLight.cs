namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// 预警灯 of one monitored indicator (docs/domain.md §4): progress at the end of June against the expected progress.
/// Blue is over-completion (perhaps a target set too low); only green needs no explanation.
/// </summary>
public enum MonitoringLight
{
    /// <summary>No light: the target or the progress is not a number that can be compared.</summary>
    NotAssessed,

    /// <summary>绿灯: 80–120 % of the expected progress.</summary>
    Green,

    /// <summary>黄灯: 60–80 %.</summary>
    Yellow,

    /// <summary>红灯: below 60 %.</summary>
    Red,

    /// <summary>蓝灯: 120 % or more.</summary>
    Blue,
}
