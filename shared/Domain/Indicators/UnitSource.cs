namespace PerfWorkflow.Domain.Indicators;

/// <summary>Where a value's unit was found.</summary>
public enum UnitSource
{
    /// <summary>No unit anywhere (or the value is not quantitative).</summary>
    None,

    /// <summary>Written in the value itself: "≥30家".</summary>
    Value,

    /// <summary>Borrowed from the other target of the same indicator: 实施周期 "1" beside 年度 "1份".</summary>
    SiblingValue,

    /// <summary>Taken from the indicator's name: "年充电量提升幅度（%）", "座谈会次数".</summary>
    IndicatorName,
}
