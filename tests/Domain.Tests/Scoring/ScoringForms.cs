using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Tests.Scoring;

/// <summary>Small self-evaluation forms: one indicator per 一级, each met in full unless a test replaces it.</summary>
internal static class ScoringForms
{
    public static SelfEvaluationIndicator Indicator(string level1, string level2, string name, string target, string? actual) =>
        new(new IndicatorEntry(level1, level2, name, target, target) { Actual = actual });

    public static SelfEvaluationIndicator Output(string target, string? actual) =>
        Indicator("产出指标", "数量指标", "招商企业数量", target, actual);

    public static SelfEvaluationIndicator Benefit(string target, string? actual) =>
        Indicator("效益指标", "经济效益指标", "新增入统企业数", target, actual);

    public static SelfEvaluationIndicator Satisfaction(string target, string? actual) =>
        Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", target, actual);

    public static SelfEvaluationIndicator FullOutput => Output("≥1个", "1个");

    public static SelfEvaluationIndicator FullBenefit => Benefit("≥1家", "1家");

    public static SelfEvaluationIndicator FullSatisfaction => Satisfaction("≥90%", "95%");

    public static SelfEvaluationIndicator QualitativeSatisfaction(QualitativeTier tier, decimal share) =>
        Satisfaction("满意", "基本满意") with { Assessment = new QualitativeAssessment(tier, share) };

    public static SelfEvaluationIndicator[] Form(
        SelfEvaluationIndicator? output = null, SelfEvaluationIndicator? benefit = null, SelfEvaluationIndicator? satisfaction = null) =>
        [output ?? FullOutput, benefit ?? FullBenefit, satisfaction ?? FullSatisfaction];
}
