namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// What a scoring rule decided for one indicator: the share of its weight earned (0–1) and why, in Chinese;
/// or, when <see cref="FailureCode"/> is set, why it could not be scored.
/// </summary>
internal readonly record struct RuleOutcome(ScoringFormula Formula, decimal Share, string Explanation, string? FailureCode = null)
{
    public static RuleOutcome Failed(string code, string message) => new(ScoringFormula.Unscorable, 0m, message, code);
}
