using BenchmarkDotNet.Attributes;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>
/// (c) SelfEvaluationScorer over a self-evaluation of N indicators spread over every formula: more-is-better,
/// less-is-better, range, several values and 定性 with a reviewer's tier, in all three weighted 一级.
/// </summary>
public class SelfEvaluationScoreBenchmark
{
    private static readonly (string Level1, string Level2, string Name, string Target, string Actual, bool Qualitative)[] Templates =
    [
        ("产出指标", "数量指标", "招商企业数量", "≥85家", "90家", false),
        ("产出指标", "质量指标", "验收合格率", "≥95%", "93.5%", false),
        ("产出指标", "时效指标", "办结时限", "控制在3个工作日以内", "4个工作日", false),
        ("成本指标", "经济成本指标", "单次活动成本", "≤90万元", "85万元", false),
        ("效益指标", "社会效益指标", "推动项目落地个数", "1-2个", "3个", false),
        ("效益指标", "经济效益指标", "建成投运充电设施数量（个）", "587；3", "590；2", false),
        ("效益指标", "可持续影响指标", "营商环境", "更加优化", "明显优化", true),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%", "92%", false),
    ];

    private SelfEvaluationIndicator[] _indicators = [];

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _indicators = Build(N);

    public static SelfEvaluationIndicator[] Build(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var t = Templates[i % Templates.Length];
            return new SelfEvaluationIndicator(new IndicatorEntry(t.Level1, t.Level2, t.Name, t.Target, t.Target) { Actual = t.Actual })
            {
                Assessment = t.Qualitative ? new QualitativeAssessment(QualitativeTier.Achieved, 90m) : null,
            };
        })];

    [Benchmark(Description = "(c) score a self-evaluation of N indicators")]
    public decimal Score() => SelfEvaluationScorer.Score(0.9616m, _indicators).Total;
}
