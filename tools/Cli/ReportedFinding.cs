using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Cli;

/// <summary>A finding as perfwf reports it: the domain's finding plus which stage raised it ("import" or "validation").</summary>
public sealed record ReportedFinding(string Code, FindingSeverity Severity, string FieldPath, string Message, string Source)
{
    public const string ImportSource = "import";
    public const string ValidationSource = "validation";

    public static ReportedFinding From(Finding finding, string source) =>
        new(finding.Code, finding.Severity, finding.FieldPath, finding.Message, source);
}
