namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// A 三级 indicator exactly as a form writes it: the 一级 and 二级 categories as written (with or without the
/// older scheme's codes, e.g. "1-产出指标" / "11-数量指标" or "产出指标" / "数量指标"), the indicator's name, its
/// 实施周期指标值 and 年度指标值 as text, and, on self-evaluation forms, the actual value and scores.
/// Parsing of the texts lives beside it (TargetValueParser); this record keeps what was written so nothing is lost.
/// </summary>
public sealed record IndicatorEntry(
    string Level1,
    string Level2,
    string Name,
    string PeriodTarget,
    string AnnualTarget)
{
    /// <summary>实际完成值 on a self-evaluation form; null on a declaration.</summary>
    public string? Actual { get; init; }

    /// <summary>分值 (the weight given on the form), when the form states one.</summary>
    public decimal? Weight { get; init; }

    /// <summary>得分 (the score stated on the form), when the form states one.</summary>
    public decimal? StatedScore { get; init; }

    /// <summary>偏差原因 / notes written beside the indicator, when the form has them.</summary>
    public string? Note { get; init; }
}
