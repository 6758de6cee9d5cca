using System.Globalization;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>
/// 部门整体支出绩效自评表 in its official layout. Each 主要任务 takes one row per 关键指标 (the first row carries the
/// task's name, targets and money, as the merged cells of the paper form do); rates are written as text so the
/// precision stated survives. 年度指标值, 分值 and 得分 columns follow the official ones for scored evaluations.
/// </summary>
public static class SelfEvaluationTableXlsx
{
    private const string Title = "部门整体支出绩效自评表";
    private const string TaskHeader = "主要任务";
    private static readonly string[] ClosingLabels = ["重点项目绩效情况", "部门整体绩效", "存在问题", "改进措施或下一步计划", "预算执行偏差原因说明"];

    public static byte[] Export(DepartmentSelfEvaluationTable form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { Title },
            new object?[] { "部门名称（汇总）", form.DepartmentName, "被评价年度", form.EvaluatedYear.ToString(CultureInfo.InvariantCulture) + "年" },
            new object?[] { "部门调整预算收入", form.AdjustedBudget, "部门年初预算收入", form.InitialBudget },
            new object?[] { "实际支出数", form.ActualExpenditure },
            new object?[] { "年度预算调整数", form.BudgetAdjustment },
            new object?[] { "其中：一般公共预算", form.GeneralPublicBudgetExpenditure },
            new object?[] { "预算完成率", SheetCursor.PercentText(form.StatedExecutionRate), "预算调整率", SheetCursor.PercentText(form.StatedAdjustmentRate) },
            new object?[] { "部门整体支出的预期目标", "部门整体支出的目标完成情况" },
            new object?[] { form.ExpectedTarget, form.TargetCompletion },
            new object?[] { TaskHeader, "预期目标", "目标完成情况", "关键指标", "指标完成情况", "任务涉及资金", "年度指标值", "分值", "得分" },
        };
        foreach (var task in form.Tasks)
        {
            IReadOnlyList<IndicatorEntry?> indicators = task.Indicators.Count > 0 ? [.. task.Indicators] : [null];
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                rows.Add(i == 0
                    ? [task.Name, task.ExpectedTarget, task.TargetCompletion, indicator?.Name, indicator?.Actual, task.Funds, indicator?.AnnualTarget, indicator?.Weight, indicator?.StatedScore]
                    : ["", "", "", indicator?.Name, indicator?.Actual, null, indicator?.AnnualTarget, indicator?.Weight, indicator?.StatedScore]);
            }
        }

        string[] closing = [form.KeyProjectPerformance, form.OverallPerformance, form.Problems, form.ImprovementMeasures, form.ExecutionShortfallExplanation];
        rows.AddRange(ClosingLabels.Select((label, i) => (IReadOnlyList<object?>)[label, closing[i]]));
        return XlsxWorkbook.Write([new XlsxWorkbook.Sheet(Title, rows)]);
    }

    public static ImportResult<DepartmentSelfEvaluationTable> Import(byte[] bytes) =>
        XlsxImport.Run(bytes, Title, (sheets, notes) =>
        {
            var sheet = sheets.FirstOrDefault(s => s.Rows.Count > 0 && s.Rows[0].FirstOrDefault()?.Trim() == Title);
            if (sheet.Rows is null)
            {
                return null;
            }

            var cursor = new SheetCursor(sheet.Rows, notes);
            var goals = cursor.Find("部门整体支出的预期目标");
            var header = cursor.Find(TaskHeader);
            var closing = cursor.Find(ClosingLabels[0]);
            if (header < 0)
            {
                notes.Add(new Finding("import.field-missing", FindingSeverity.Error, "tasks", "Excel中未找到主要任务表头。"));
            }

            var tasks = new List<SelfEvaluationTask>();
            for (var r = header + 1; header >= 0 && r < (closing > header ? closing : sheet.Rows.Count); r++)
            {
                var indicator = cursor.Cell(r, 3).Length > 0 || cursor.Cell(r, 4).Length > 0
                    ? new IndicatorEntry("", "", cursor.Cell(r, 3), "", cursor.Cell(r, 6))
                    {
                        Actual = cursor.Cell(r, 4),
                        Weight = cursor.Amount(cursor.Cell(r, 7), $"第{r + 1}行分值"),
                        StatedScore = cursor.Amount(cursor.Cell(r, 8), $"第{r + 1}行得分"),
                    }
                    : null;
                if (cursor.Cell(r, 0).Length > 0 || tasks.Count == 0)
                {
                    tasks.Add(new SelfEvaluationTask
                    {
                        Name = cursor.Cell(r, 0),
                        ExpectedTarget = cursor.Cell(r, 1),
                        TargetCompletion = cursor.Cell(r, 2),
                        Funds = cursor.Amount(cursor.Cell(r, 5), $"第{r + 1}行任务涉及资金"),
                        Indicators = indicator is null ? [] : [indicator],
                    });
                }
                else if (indicator is not null)
                {
                    tasks[^1] = tasks[^1] with { Indicators = [.. tasks[^1].Indicators, indicator] };
                }
            }

            string Closing(int i) => cursor.Value(ClosingLabels[i], required: i < 4);
            return new DepartmentSelfEvaluationTable
            {
                DepartmentName = cursor.Value("部门名称（汇总）"),
                EvaluatedYear = SheetCursor.Year(cursor.Value("被评价年度", 2)),
                AdjustedBudget = cursor.Money("部门调整预算收入"),
                InitialBudget = cursor.Money("部门年初预算收入", 2),
                ActualExpenditure = cursor.Money("实际支出数"),
                BudgetAdjustment = cursor.Money("年度预算调整数"),
                GeneralPublicBudgetExpenditure = cursor.Amount(cursor.Value("其中：一般公共预算", required: false), "其中：一般公共预算"),
                StatedExecutionRate = cursor.Percent(cursor.Value("预算完成率"), "预算完成率"),
                StatedAdjustmentRate = cursor.Percent(cursor.Value("预算调整率", 2), "预算调整率"),
                ExpectedTarget = goals >= 0 ? cursor.Cell(goals + 1, 0) : "",
                TargetCompletion = goals >= 0 ? cursor.Cell(goals + 1, 1) : "",
                Tasks = tasks,
                KeyProjectPerformance = Closing(0),
                OverallPerformance = Closing(1),
                Problems = Closing(2),
                ImprovementMeasures = Closing(3),
                ExecutionShortfallExplanation = Closing(4),
            };
        });
}
