namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// One row of the 项目支出绩效目标表 editor as posted (a project, a 资金使用单位 line, or the 合计 row): which saved row it
/// came from (−1 for a row added on the page), its name and kind, the four amounts kept as typed (万元; left blank is
/// no amount, not 0) and its 绩效目标. Its indicators are the <see cref="IndicatorRowInput"/>s of the list
/// <c>rows[k].indicators</c>, k its place on the page.
/// </summary>
public sealed class ProjectRowInput
{
    public int Original { get; set; } = -1;

    public string? Name { get; set; }

    /// <summary><c>Project</c> or <c>FundingUnit</c> (ProjectTableRowKind), as the page's choice posts it.</summary>
    public string? Kind { get; set; } = ProjectTableEditing.ProjectKind;

    /// <summary>总计.</summary>
    public string? Total { get; set; }

    /// <summary>财政拨款.</summary>
    public string? FiscalAppropriation { get; set; }

    /// <summary>财政专户拨款.</summary>
    public string? FiscalSpecialAccount { get; set; }

    /// <summary>其他资金.</summary>
    public string? OtherFunds { get; set; }

    /// <summary>绩效目标.</summary>
    public string? PerformanceTarget { get; set; }

    public bool Remove { get; set; }
}
