namespace PerfWorkflow.Domain.Scoring;

/// <summary>The three tiers for 定性 indicators; the reviewer picks the exact share of the weight inside the tier's band.</summary>
public enum QualitativeTier
{
    /// <summary>达成年度指标: 80–100 % of the weight.</summary>
    Achieved,

    /// <summary>部分达成年度指标并具有一定效果: 60–80 %.</summary>
    PartlyAchieved,

    /// <summary>未达成年度指标且效果较差: 0–60 %.</summary>
    NotAchieved,
}
