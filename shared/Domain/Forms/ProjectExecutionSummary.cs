namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// A project's budget execution as a 自评报告 states it in prose ("…项目全年预算数为 207.5万元，执行数为 185.3万元，
/// 完成预算的 89.3%"). Amounts in 万元.
/// </summary>
public sealed record ProjectExecutionSummary
{
    public required string ProjectName { get; init; }

    public decimal Budget { get; init; }

    public decimal Executed { get; init; }

    public StatedPercentage? StatedExecutionRate { get; init; }

    /// <summary>The reason the report gives for low execution, if any.</summary>
    public string ShortfallExplanation { get; init; } = "";
}
