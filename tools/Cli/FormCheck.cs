namespace PerfWorkflow.Cli;

/// <summary>Everything perfwf found on one form, and remarks on checks it could not apply.</summary>
public sealed record FormCheck(IReadOnlyList<ReportedFinding> Findings, IReadOnlyList<string> Remarks)
{
    public int ErrorCount => Findings.Count(f => f.Severity == Domain.Validation.FindingSeverity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Domain.Validation.FindingSeverity.Warning);

    public int ExitCode => ErrorCount > 0 ? ExitCodes.ErrorFindings : ExitCodes.Success;
}
