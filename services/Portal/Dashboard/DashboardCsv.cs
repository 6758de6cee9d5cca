using System.Globalization;
using System.Text;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Portal.Dashboard;

/// <summary>The dashboard's figures as CSV, UTF-8 with a byte-order mark so that Excel on office PCs reads the Chinese.</summary>
public static class DashboardCsv
{
    public static byte[] Of(string region, int year, IReadOnlyList<StageCount> counts, IReadOnlyList<ExecutionRate> rates, IReadOnlyList<(string Grade, int Count)> grades)
    {
        var csv = new StringBuilder();
        csv.AppendLine(CultureInfo.InvariantCulture, $"地区,{Field(region)},年度,{year}");
        csv.AppendLine("阶段,草稿,审核中,退回修改,已完成,逾期,已进入本阶段");
        foreach (var c in counts)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"{CycleStageNames.Of(Enum.Parse<CycleStage>(c.Stage))},{c.Draft},{c.InReview},{c.Returned},{c.Done},{c.Overdue},{c.Total}");
        }

        csv.AppendLine();
        csv.AppendLine("部门,预算数（万元）,执行数（万元）,预算完成率（%）");
        foreach (var r in rates)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"{Field(r.Department)},{r.Budget:0.00},{r.Executed:0.00},{r.Percent:0.00}");
        }

        csv.AppendLine();
        csv.AppendLine("等级,数量");
        foreach (var (grade, count) in grades)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"{grade},{count}");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
