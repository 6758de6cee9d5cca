namespace PerfWorkflow.Portal.Forms;

/// <summary>A list of the form printed as a table (年度重点工作任务, 项目执行情况 …); each row keeps its path.</summary>
public sealed record DocumentTable(string Path, string Title, IReadOnlyList<string> Columns, IReadOnlyList<string> ColumnLabels, IReadOnlyList<DocumentTableRow> Rows);
