using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// One 主要任务 row of a 部门整体支出绩效自评表: its 预期目标 and 目标完成情况, its 关键指标 with their 指标完成情况
/// (kept in <see cref="IndicatorEntry.Actual"/>), and 任务涉及资金 in 万元.
/// </summary>
public sealed record SelfEvaluationTask
{
    public required string Name { get; init; }

    /// <summary>预期目标.</summary>
    public string ExpectedTarget { get; init; } = "";

    /// <summary>目标完成情况.</summary>
    public string TargetCompletion { get; init; } = "";

    /// <summary>关键指标 and 指标完成情况.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; init; } = [];

    /// <summary>任务涉及资金; null when left empty.</summary>
    public decimal? Funds { get; init; }
}
