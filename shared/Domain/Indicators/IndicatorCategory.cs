namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// Where a 三级 indicator sits in the tree. <see cref="Level2"/> is null when a form names only the 一级
/// (some forms leave the 二级 cell empty).
/// </summary>
public readonly record struct IndicatorCategory(IndicatorLevel1Category Level1, IndicatorLevel2Category? Level2)
{
    /// <summary>The 一级 each 二级 belongs to; the tree is fixed by policy, so this never varies.</summary>
    public static IndicatorLevel1Category ParentOf(IndicatorLevel2Category level2) => level2 switch
    {
        IndicatorLevel2Category.Quantity or IndicatorLevel2Category.Quality
            or IndicatorLevel2Category.Timeliness or IndicatorLevel2Category.OutputCost => IndicatorLevel1Category.Output,
        IndicatorLevel2Category.EconomicBenefit or IndicatorLevel2Category.SocialBenefit
            or IndicatorLevel2Category.EcologicalBenefit or IndicatorLevel2Category.SustainableImpact => IndicatorLevel1Category.Benefit,
        IndicatorLevel2Category.ServiceRecipientSatisfaction => IndicatorLevel1Category.Satisfaction,
        _ => IndicatorLevel1Category.Cost,
    };

    /// <summary>Chinese name of a 一级, as the newer forms write it.</summary>
    public static string ChineseName(IndicatorLevel1Category level1) => level1 switch
    {
        IndicatorLevel1Category.Output => "产出指标",
        IndicatorLevel1Category.Benefit => "效益指标",
        IndicatorLevel1Category.Satisfaction => "满意度指标",
        _ => "成本指标",
    };

    /// <summary>Chinese name of a 二级.</summary>
    public static string ChineseName(IndicatorLevel2Category level2) => level2 switch
    {
        IndicatorLevel2Category.Quantity => "数量指标",
        IndicatorLevel2Category.Quality => "质量指标",
        IndicatorLevel2Category.Timeliness => "时效指标",
        IndicatorLevel2Category.OutputCost => "成本指标",
        IndicatorLevel2Category.EconomicBenefit => "经济效益指标",
        IndicatorLevel2Category.SocialBenefit => "社会效益指标",
        IndicatorLevel2Category.EcologicalBenefit => "生态效益指标",
        IndicatorLevel2Category.SustainableImpact => "可持续影响指标",
        IndicatorLevel2Category.ServiceRecipientSatisfaction => "服务对象满意度指标",
        IndicatorLevel2Category.EconomicCost => "经济成本指标",
        IndicatorLevel2Category.SocialCost => "社会成本指标",
        _ => "生态环境成本指标",
    };
}
