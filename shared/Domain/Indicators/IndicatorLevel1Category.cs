namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// 一级指标. The older coded scheme has 1 产出 / 2 效益 / 3 满意度; the newer scheme (财预〔2021〕101号) adds 成本指标
/// as a 一级 of its own. Both map onto this one enum.
/// </summary>
public enum IndicatorLevel1Category
{
    /// <summary>产出指标 (code 1).</summary>
    Output,

    /// <summary>效益指标 (code 2).</summary>
    Benefit,

    /// <summary>满意度指标 (code 3).</summary>
    Satisfaction,

    /// <summary>成本指标 as its own 一级 (newer scheme, no code).</summary>
    Cost,
}
