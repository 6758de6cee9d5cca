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

    /// <summary>The unit of a "每…" label ("月" in "每月2次"), which makes the value's unit a rate.</summary>
    public string? PerUnit { get; set; }

    public CompletionStatus Status { get; set; }

    /// <summary>Null until the first note: most clauses read cleanly, and the parser is benchmarked per value.</summary>
    public List<string>? Notes { get; private set; }

    public void Note(string note) => (Notes ??= []).Add(note);

    public IReadOnlyList<string> NotesOrEmpty => Notes is null ? [] : Notes;
}
