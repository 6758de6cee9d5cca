namespace PerfWorkflow.Domain.Indicators;

/// <summary>What <see cref="TargetClauseReader"/> read from one clause (no commas or semicolons inside).</summary>
internal sealed class TargetClause
{
    public bool IsQuantitative { get; set; }

    public TargetOperator Operator { get; set; }

    public decimal First { get; set; }

    public decimal? Second { get; set; }

    public MeasureUnit? Unit { get; set; }

    public string? WrittenUnit { get; set; }

    public string? Label { get; set; }

    public CompletionStatus Status { get; set; }

    public List<string> Notes { get; } = [];
}
