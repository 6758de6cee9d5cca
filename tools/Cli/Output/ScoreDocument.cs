namespace PerfWorkflow.Cli.Output;

/// <summary>The JSON of "score".</summary>
public sealed record ScoreDocument(
    string File,
    string Kind,
    string FormName,
    decimal Total,
    string Grade,
    string GradeCode,
    bool Complete,
    decimal? ExecutionRate,
    decimal? StatedScore,
    string? StatedGrade,
    IReadOnlyList<ScoreLine> Lines,
    IReadOnlyList<ReportedFinding> Findings,
    IReadOnlyList<string> Remarks);
