using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Cli;

/// <summary>A self-evaluation's score as perfwf reports it, with what the form itself claimed where it says so.</summary>
public sealed record ScoreOutcome(
    decimal Total,
    PerformanceGrade Grade,
    bool Complete,
    decimal? ExecutionRate,
    decimal? StatedScore,
    string? StatedGrade,
    IReadOnlyList<ScoreLine> Lines,
    IReadOnlyList<ReportedFinding> Findings,
    IReadOnlyList<string> Remarks)
{
    public string GradeName => GradeBands.ChineseName(Grade);

    public int ExitCode => Findings.Any(f => f.Severity == Domain.Validation.FindingSeverity.Error) ? ExitCodes.ErrorFindings : ExitCodes.Success;
}
