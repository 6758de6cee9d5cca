using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// 部门整体预算绩效目标申报表: what a department declares with next year's budget (申报).
/// All amounts in 万元 as written on the form. 事业发展性支出 is stated beside 基本支出/项目支出; whether it is part of
/// 项目支出 or an extra use differs between filings (see docs/domain.md §2), so the two are kept apart here.
/// </summary>
public sealed record DepartmentBudgetDeclaration : IFormDocument
{
    public required string DepartmentName { get; init; }

    /// <summary>基本支出.</summary>
    public decimal BasicExpenditure { get; init; }

    /// <summary>项目支出.</summary>
    public decimal ProjectExpenditure { get; init; }

    /// <summary>事业发展性支出 · 财政专项资金.</summary>
    public decimal DevelopmentSpecialFunds { get; init; }

    /// <summary>事业发展性支出 · 其他事业发展性支出.</summary>
    public decimal OtherDevelopmentExpenditure { get; init; }

    /// <summary>收入来源 · 财政拨款.</summary>
    public decimal FiscalAppropriation { get; init; }

    /// <summary>收入来源 · 其他资金.</summary>
    public decimal OtherFunds { get; init; }

    /// <summary>按预算级次划分 · 区本级使用资金.</summary>
    public decimal DistrictLevelFunds { get; init; }

    /// <summary>按预算级次划分 · 拟用于对下转移支付资金.</summary>
    public decimal TransferPaymentFunds { get; init; }

    /// <summary>总体绩效目标.</summary>
    public string OverallTarget { get; init; } = "";

    /// <summary>年度重点工作任务.</summary>
    public IReadOnlyList<KeyWorkTask> KeyTasks { get; init; } = [];

    /// <summary>其他需完成的任务（可选填）, as written.</summary>
    public string OtherTasks { get; init; } = "";

    /// <summary>The money written inside 其他需完成的任务 ("拟投入资金：2,428（万元）"), when there is any.</summary>
    public decimal? OtherTasksPlannedFunds { get; init; }

    /// <summary>绩效指标 (一级/二级/三级 with 实施周期指标值 and 年度指标值).</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; init; } = [];

    StatedYear? IFormDocument.StatedYear => null;
}
