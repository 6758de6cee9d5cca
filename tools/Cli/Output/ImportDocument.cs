namespace PerfWorkflow.Cli.Output;

/// <summary>The JSON of "import": the parsed form (as its own type) beside the findings on it.</summary>
public sealed record ImportDocument(
    string File,
    string Kind,
    string FormName,
    object Form,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<ReportedFinding> Findings,
    IReadOnlyList<string> Remarks);
