using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// Category weights of a self-evaluation (财预〔2020〕10号 defaults, total 100). <see cref="Cost"/> is 0 by default:
/// the 100 points have no separate share for the newer 成本 一级, and the older scheme scored 成本 under 产出, so cost
/// indicators then share 产出's weight. A bureau that gives 成本 its own share sets it and lowers the others.
/// </summary>
public sealed record ScoringWeights(
    decimal ExecutionRate = 10m,
    decimal Output = 50m,
    decimal Benefit = 30m,
    decimal Satisfaction = 10m,
    decimal Cost = 0m)
{
    public static ScoringWeights Default { get; } = new();

    /// <summary>The weight bucket a 一级 is scored in.</summary>
    public IndicatorLevel1Category BucketOf(IndicatorLevel1Category level1) =>
        level1 == IndicatorLevel1Category.Cost && Cost == 0m ? IndicatorLevel1Category.Output : level1;

    public decimal WeightOf(IndicatorLevel1Category bucket) => bucket switch
    {
        IndicatorLevel1Category.Output => Output,
        IndicatorLevel1Category.Benefit => Benefit,
        IndicatorLevel1Category.Satisfaction => Satisfaction,
        _ => Cost,
    };
}
