namespace PerfWorkflow.Domain.Indicators;

/// <summary>What a finance bureau may tune in indicator validation; <see cref="Default"/> is the district practice.</summary>
public sealed record IndicatorValidationOptions
{
    public static IndicatorValidationOptions Default { get; } = new();

    /// <summary>
    /// 一级 categories a form must have at least one indicator in. 产出, 效益 and 满意度 carry the weights of
    /// self-evaluation (财预〔2020〕10号); 成本 is not required because the older coded scheme has no such 一级.
    /// </summary>
    public IReadOnlySet<IndicatorLevel1Category> RequiredLevel1 { get; init; } = new HashSet<IndicatorLevel1Category>
    {
        IndicatorLevel1Category.Output, IndicatorLevel1Category.Benefit, IndicatorLevel1Category.Satisfaction,
    };

    /// <summary>
    /// Warning by default, not error: approved real filings lack whole 一级 categories (seed 002's seven projects
    /// have no 满意度 indicator at all), and 财预〔2021〕101号 lets 满意度 and 成本 be left out where they do not apply.
    /// An error would block forms the finance bureau in fact accepts; a warning puts the question to the reviewer.
    /// A bureau whose notice makes the categories mandatory sets this to Error.
    /// </summary>
    public Validation.FindingSeverity MissingLevel1Severity { get; init; } = Validation.FindingSeverity.Warning;

    /// <summary>
    /// Actual ÷ target at or above which a self-evaluation warns "目标可能设置偏低". 1.5 by default: the monitoring
    /// blue light fires at 120 % of expected progress (docs/domain.md §4) as an early hint, but at year end ordinary
    /// variance already pushes real results past 120 % (seed 001: 注册项目数 完成率 121 %); only an overshoot by half
    /// points at the target rather than the work, which is what seed 001's own report criticises. Bureaus that
    /// want the stricter reading set 1.2.
    /// </summary>
    public decimal OverCompletionRatio { get; init; } = 1.5m;
}
