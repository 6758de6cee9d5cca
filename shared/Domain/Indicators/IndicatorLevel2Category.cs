namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// 二级指标 of both schemes. Codes in comments are the older scheme's; the three cost kinds belong to the newer
/// 成本指标 一级 and have no code.
/// </summary>
public enum IndicatorLevel2Category
{
    /// <summary>11 数量指标.</summary>
    Quantity,

    /// <summary>12 质量指标.</summary>
    Quality,

    /// <summary>13 时效指标.</summary>
    Timeliness,

    /// <summary>14 成本指标 under 产出 (older scheme only).</summary>
    OutputCost,

    /// <summary>21 经济效益.</summary>
    EconomicBenefit,

    /// <summary>22 社会效益.</summary>
    SocialBenefit,

    /// <summary>23 生态效益.</summary>
    EcologicalBenefit,

    /// <summary>24 可持续影响.</summary>
    SustainableImpact,

    /// <summary>31 服务对象满意度.</summary>
    ServiceRecipientSatisfaction,

    /// <summary>经济成本 (newer 成本指标 一级).</summary>
    EconomicCost,

    /// <summary>社会成本 (newer 成本指标 一级).</summary>
    SocialCost,

    /// <summary>生态环境成本 (newer 成本指标 一级).</summary>
    EcologicalEnvironmentCost,
}
