using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Tests.Indicators;

/// <summary>The 一级 / 二级 spellings of seeds 000, 002, 004 and docs/domain.md §3, in both code schemes.</summary>
public class IndicatorCategoryClassifierTests
{
    [Theory]
    // older coded scheme (seed 002)
    [InlineData("1-产出指标", "11-数量指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.Quantity)]
    [InlineData("1-产出指标", "12-质量指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.Quality)]
    [InlineData("1-产出指标", "13-时效指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.Timeliness)]
    [InlineData("1-产出指标", "14-成本指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.OutputCost)]
    [InlineData("2-效益指标", "21-经济效益", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.EconomicBenefit)]
    [InlineData("2-效益指标", "22-社会效益", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.SocialBenefit)]
    [InlineData("2-效益指标", "23-生态效益", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.EcologicalBenefit)]
    [InlineData("2-效益指标", "24-可持续影响", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.SustainableImpact)]
    [InlineData("3-满意度指标", "31-服务对象满意度", IndicatorLevel1Category.Satisfaction, IndicatorLevel2Category.ServiceRecipientSatisfaction)]
    [InlineData("１－产出指标", "１１－数量指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.Quantity)]
    [InlineData("1", "11", IndicatorLevel1Category.Output, IndicatorLevel2Category.Quantity)]
    // newer plain scheme (seeds 000, 004)
    [InlineData("产出指标", "数量指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.Quantity)]
    [InlineData("产出指标", "成本指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.OutputCost)]
    [InlineData("效益指标", "经济效益指标", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.EconomicBenefit)]
    [InlineData("效益指标", "社会效益指标", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.SocialBenefit)]
    [InlineData("效益指标", "生态效益指标", IndicatorLevel1Category.Benefit, IndicatorLevel2Category.EcologicalBenefit)]
    [InlineData("满意度指标", "服务对象满意度指标", IndicatorLevel1Category.Satisfaction, IndicatorLevel2Category.ServiceRecipientSatisfaction)]
    [InlineData("成本指标", "经济成本指标", IndicatorLevel1Category.Cost, IndicatorLevel2Category.EconomicCost)]
    [InlineData("成本指标", "社会成本指标", IndicatorLevel1Category.Cost, IndicatorLevel2Category.SocialCost)]
    [InlineData("成本指标", " 生态环境成本指标", IndicatorLevel1Category.Cost, IndicatorLevel2Category.EcologicalEnvironmentCost)]
    // merged 一级 cell left empty on continuation rows
    [InlineData("", "质量指标", IndicatorLevel1Category.Output, IndicatorLevel2Category.Quality)]
    [InlineData(null, "经济成本指标", IndicatorLevel1Category.Cost, IndicatorLevel2Category.EconomicCost)]
    public void Both_schemes_map_to_one_model(string? level1, string? level2, IndicatorLevel1Category expected1, IndicatorLevel2Category expected2)
    {
        var result = IndicatorCategoryClassifier.Classify(level1, level2);

        Assert.True(result.IsRecognised, string.Join("; ", result.Problems));
        Assert.Equal(new IndicatorCategory(expected1, expected2), result.Category);
    }

    [Theory]
    [InlineData("产出指标", IndicatorLevel1Category.Output)]
    [InlineData("效益指标", IndicatorLevel1Category.Benefit)]
    [InlineData("满意度指标", IndicatorLevel1Category.Satisfaction)]
    [InlineData("成本指标", IndicatorLevel1Category.Cost)]
    [InlineData("2-效益指标", IndicatorLevel1Category.Benefit)]
    public void A_level1_alone_is_recognised(string level1, IndicatorLevel1Category expected)
    {
        var result = IndicatorCategoryClassifier.Classify(level1, null);

        Assert.True(result.IsRecognised);
        Assert.Equal(new IndicatorCategory(expected, null), result.Category);
    }

    [Theory]
    [InlineData("绩效指标", "数量指标", "一级指标")]
    [InlineData("产出指标", "好看指标", "无法识别")]
    [InlineData("产出指标", "社会效益指标", "不属于")]
    [InlineData("1-效益指标", "21-经济效益", "编码与名称不一致")]
    [InlineData("2-效益指标", "22-经济效益", "编码与名称不一致")]
    [InlineData("9-产出指标", null, "编码")]
    [InlineData(null, "成本指标", "不明确")]
    [InlineData("成本指标", "成本指标", "不明确")]
    [InlineData(null, null, "未填写")]
    public void It_says_when_it_cannot(string? level1, string? level2, string problemFragment)
    {
        var result = IndicatorCategoryClassifier.Classify(level1, level2);

        Assert.False(result.IsRecognised);
        Assert.Contains(result.Problems, p => p.Contains(problemFragment, StringComparison.Ordinal));
    }
}
