namespace PerfWorkflow.Domain.Forms;

/// <summary>What a row of a 项目支出绩效目标表 stands for.</summary>
public enum ProjectTableRowKind
{
    /// <summary>A project with its own 绩效目标 and indicators.</summary>
    Project,

    /// <summary>A 资金使用单位 line that subtotals the projects listed under it.</summary>
    FundingUnit,
}
