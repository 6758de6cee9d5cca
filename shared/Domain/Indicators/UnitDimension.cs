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

    /// <summary>A unit word not in the catalogue ("个园区", "吨标准煤"); kept as written, comparable only with itself.</summary>
    Other,

    /// <summary>
    /// A unit made of units: a rate or a product ("元/人·年", "次/月", "人·天"). Its symbol is built from the canonical
    /// symbols of its parts ("万元/人·年"), so two spellings of one compound compare equal.
    /// </summary>
    Compound,
}
