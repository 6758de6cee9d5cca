namespace PerfWorkflow.Domain.Indicators;

/// <summary>What a unit measures; two values can only be compared within one dimension and one canonical unit.</summary>
public enum UnitDimension
{
    Percent,
    PercentagePoint,
    Money,
    Count,
    Duration,
    Area,
    Length,
    Mass,
    Energy,
    Power,
    Volume,

    /// <summary>A short unit word not in the catalogue; kept as written, comparable only with itself.</summary>
    Other,
}
