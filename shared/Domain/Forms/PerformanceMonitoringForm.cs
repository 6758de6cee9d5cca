namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// 绩效运行监控表 ("双监控": money and targets) with data as of 30 June of the fiscal year (docs/domain.md §4).
/// Amounts in 万元.
/// </summary>
public sealed record PerformanceMonitoringForm : IFormDocument
{
    public required string DepartmentName { get; init; }

    /// <summary>Project name when the form monitors one project; empty for the department as a whole.</summary>
    public string ProjectName { get; init; } = "";

    public int FiscalYear { get; init; }

    /// <summary>年度预算数 (the approved annual budget the execution is measured against).</summary>
    public decimal AnnualBudget { get; init; }

    /// <summary>1–6月执行数.</summary>
    public decimal ExecutedJanuaryToJune { get; init; }

    /// <summary>执行率 as written; null when the form leaves it to be computed.</summary>
    public StatedPercentage? StatedExecutionRate { get; init; }

    /// <summary>全年预计执行数.</summary>
    public decimal ForecastFullYearExecution { get; init; }

    /// <summary>Why execution lags, when the department wrote it (执行偏差原因说明).</summary>
    public string ExecutionShortfallExplanation { get; init; } = "";

    public IReadOnlyList<MonitoredIndicator> Indicators { get; init; } = [];

    StatedYear? IFormDocument.StatedYear => new(FiscalYear, "fiscalYear", "年度");
}
