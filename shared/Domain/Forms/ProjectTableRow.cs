using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// One row of a 项目支出绩效目标表 (amounts in 万元). Empty money cells are null, not zero, so an export writes
/// back exactly what the filing had.
/// </summary>
public sealed record ProjectTableRow
{
    public required string Name { get; init; }

    public ProjectTableRowKind Kind { get; init; } = ProjectTableRowKind.Project;

    /// <summary>总计.</summary>
    public decimal? Total { get; init; }

    /// <summary>财政拨款.</summary>
    public decimal? FiscalAppropriation { get; init; }

    /// <summary>财政专户拨款.</summary>
    public decimal? FiscalSpecialAccount { get; init; }

    /// <summary>其他资金.</summary>
    public decimal? OtherFunds { get; init; }

    /// <summary>绩效目标.</summary>
    public string PerformanceTarget { get; init; } = "";

    /// <summary>绩效指标, one entry per packed item of the cell.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; init; } = [];
}
