using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Cli;

/// <summary>One line of the printed breakdown: where on the form, the weight after rescaling, the points and why.</summary>
public sealed record ScoreLine(string Path, string Name, string? Category, decimal Weight, ScoringFormula Formula, decimal Score, string Explanation);
