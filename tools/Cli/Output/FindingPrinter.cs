using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Cli.Output;

/// <summary>Findings for a person at a terminal: a count line, then one block per finding.</summary>
public static class FindingPrinter
{
    public static void Print(TextWriter output, LoadedForm loaded, FormCheck check)
    {
        output.WriteLine($"文件 File: {loaded.FilePath}");
        output.WriteLine($"表单 Form: {FormKinds.TitleOf(loaded.Kind)}");
        output.WriteLine(check.Findings.Count == 0
            ? "未发现问题 No findings."
            : $"错误 {check.ErrorCount} 项，警告 {check.WarningCount} 项 ({check.ErrorCount} error(s), {check.WarningCount} warning(s))");
        foreach (var finding in check.Findings.OrderByDescending(f => f.Severity))
        {
            output.WriteLine();
            var where = string.IsNullOrEmpty(finding.FieldPath) ? "" : $"  {finding.FieldPath}";
            var stage = finding.Source == ReportedFinding.ImportSource ? " (导入)" : "";
            output.WriteLine($"[{SeverityWord(finding.Severity)}] {finding.Code}{where}{stage}");
            output.WriteLine($"    {finding.Message}");
        }

        foreach (var remark in check.Remarks)
        {
            output.WriteLine();
            output.WriteLine($"说明: {remark}");
        }
    }

    public static string SeverityWord(FindingSeverity severity) => severity == FindingSeverity.Error ? "错误 error" : "警告 warning";
}
