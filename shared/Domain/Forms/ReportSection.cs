namespace PerfWorkflow.Domain.Forms;

/// <summary>One headed section of a 自评报告 ("一、基本情况" or "（三）部门整体收支情况") with its paragraphs.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs);
