namespace PerfWorkflow.Domain.Scoring;

/// <summary>Which rule scored a line of the breakdown.</summary>
public enum ScoringFormula
{
    /// <summary>预算执行率 × weight, capped at the weight.</summary>
    ExecutionRate,

    /// <summary>≥, &gt;, =, ≈: actual ≥ target → full, else actual ÷ target × weight.</summary>
    MoreIsBetter,

    /// <summary>≤, &lt;: actual ≤ target → full, else target ÷ actual × weight.</summary>
    LessIsBetter,

    /// <summary>Inside → full, outside → proportional to the nearer bound.</summary>
    Range,

    /// <summary>"587；3": each value more-is-better, the shares averaged.</summary>
    SeveralValues,

    /// <summary>定性 three tiers, the reviewer's share inside the band.</summary>
    Qualitative,

    /// <summary>Left out; the other weights are rescaled to 100.</summary>
    NotApplicable,

    /// <summary>Could not be scored (see the findings); counts 0.</summary>
    Unscorable,
}
