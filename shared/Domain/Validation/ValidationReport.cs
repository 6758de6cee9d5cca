namespace PerfWorkflow.Domain.Validation;

/// <summary>The findings on one form; submission is blocked while any finding is an error.</summary>
public sealed record ValidationReport(IReadOnlyList<Finding> Findings)
{
    public static ValidationReport Empty { get; } = new([]);

    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    public ValidationReport Merge(ValidationReport other) => new([.. Findings, .. other.Findings]);
}
