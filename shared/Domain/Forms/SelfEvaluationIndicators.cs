using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Forms;

/// <summary>The 关键指标 of a 自评表 taken out of their 主要任务, each with its field path on the form.</summary>
public static class SelfEvaluationIndicators
{
    public static IReadOnlyList<(IndicatorEntry Entry, string Path)> Placed(DepartmentSelfEvaluationTable form) =>
        [.. form.Tasks.SelectMany((task, t) => task.Indicators.Select((entry, i) => (entry, $"tasks[{t}].indicators[{i}]")))];

    /// <summary>An indicator says where it belongs or what it aimed at; one with neither can only be read, not checked.</summary>
    public static bool IsCheckable(IndicatorEntry entry) =>
        !string.IsNullOrWhiteSpace(entry.Level1) || !string.IsNullOrWhiteSpace(entry.AnnualTarget) || !string.IsNullOrWhiteSpace(entry.PeriodTarget);
}
