namespace PerfWorkflow.Cli.Output;

/// <summary>The JSON of "validate": which form, and what was found.</summary>
public sealed record FindingsDocument(
    string File,
    string Kind,
    string FormName,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<ReportedFinding> Findings,
    IReadOnlyList<string> Remarks);
