namespace PerfWorkflow.Portal.Forms;

/// <summary>The 绩效运行监控表 editor as posted: the money (万元, as typed) and one row per approved indicator.</summary>
public sealed class MonitoringInput
{
    public string? AnnualBudget { get; set; }

    public string? ExecutedJanuaryToJune { get; set; }

    public string? ForecastFullYearExecution { get; set; }

    public string? ExecutionShortfallExplanation { get; set; }

    public List<MonitoredRowInput> Rows { get; set; } = [];
}
