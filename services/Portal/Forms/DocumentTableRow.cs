namespace PerfWorkflow.Portal.Forms;

/// <summary>A row of a <see cref="DocumentTable"/>: its path and one printed cell per column.</summary>
public sealed record DocumentTableRow(string Path, IReadOnlyList<string> Cells);
