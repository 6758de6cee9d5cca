namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// One 指标值 as read by <see cref="TargetValueParser"/>. Numbers are in the canonical unit (20亿元 → 200,000 万元,
/// 1.9万平方米 → 19,000 平方米); <see cref="WrittenUnit"/> keeps the spelling. A qualitative value keeps its words in
/// <see cref="QualitativeText"/> and may still carry an operator ("不高于标准" → ≤ "标准").
/// <see cref="Notes"/> lists, in Chinese, everything the parser could not read or chose to ignore.
/// </summary>
public sealed record TargetValue
{
    public required string Raw { get; init; }

    public TargetValueKind Kind { get; init; }

    /// <summary>Null for a plain qualitative value ("合规") and for an empty one.</summary>
    public TargetOperator? Operator { get; init; }

    /// <summary>One number, or lower and upper for <see cref="TargetOperator.Range"/>, or each value for Several.</summary>
    public IReadOnlyList<decimal> Numbers { get; init; } = [];

    public MeasureUnit? Unit { get; init; }

    public string? WrittenUnit { get; init; }

    public UnitSource UnitSource { get; init; }

    public string? QualitativeText { get; init; }

    public CompletionStatus Status { get; init; }

    /// <summary>Words written before the number and read as its label: "区委区政府下达收储任务完成率" in "…完成率90%及以上".</summary>
    public string? Label { get; init; }

    /// <summary>An aside after a comma or in trailing brackets: "力争100%完成" in "90%及以上，力争100%完成".</summary>
    public string? Remark { get; init; }

    /// <summary>
    /// A template placeholder left in the cell ("(≥**个)" in "(≥**个)≥12个", or "≥**个" alone); the value after it is
    /// read as the target. Validation warns about it.
    /// </summary>
    public string? Placeholder { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool IsQuantitative => Kind == TargetValueKind.Quantitative;

    /// <summary>The single number (or the lower bound of a range, or the first of several).</summary>
    public decimal? Number => Numbers.Count > 0 ? Numbers[0] : null;

    public decimal? UpperBound => Operator == TargetOperator.Range && Numbers.Count > 1 ? Numbers[1] : null;

    public static TargetValue Empty(string? raw) => new() { Raw = raw ?? "", Kind = TargetValueKind.Empty };
}
