namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// 项目支出绩效目标表（含转移支付项目）: one row per project, grouped under 资金使用单位 rows, with a 合计 row.
/// A PDF export repeats the header on each page; the pages are merged into one table here.
/// </summary>
public sealed record ProjectPerformanceTable : IFormDocument
{
    public required string DepartmentName { get; init; }

    /// <summary>单位 as written on the form (normally 万元).</summary>
    public string MoneyUnit { get; init; } = "万元";

    /// <summary>The 合计 row; null when the form has none.</summary>
    public ProjectTableRow? TotalRow { get; init; }

    /// <summary>Funding-unit and project rows in the order of the form.</summary>
    public IReadOnlyList<ProjectTableRow> Rows { get; init; } = [];

    StatedYear? IFormDocument.StatedYear => null;
}
