using System.Globalization;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>绩效运行监控表 ("双监控") in the column layout of deployed finance systems (docs/domain.md §4).</summary>
public static class MonitoringFormXlsx
{
    private const string Title = "绩效运行监控表";
    private const string IndicatorHeader = "一级指标";

    public static byte[] Export(PerformanceMonitoringForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { Title },
            new object?[] { "部门名称", form.DepartmentName },
            new object?[] { "项目名称", form.ProjectName },
            new object?[] { "年度", form.FiscalYear },
            new object?[] { "年度预算数（万元）", form.AnnualBudget },
            new object?[] { "1-6月执行数（万元）", form.ExecutedJanuaryToJune },
            new object?[] { "执行率", SheetCursor.PercentText(form.StatedExecutionRate) },
            new object?[] { "全年预计执行数（万元）", form.ForecastFullYearExecution },
            new object?[] { "执行偏差原因说明", form.ExecutionShortfallExplanation },
            new object?[] { IndicatorHeader, "二级指标", "三级指标", "实施周期指标值", "年度指标值", "截至6月底完成值", "全年预计完成值", "完成目标可能性", "偏差原因", "偏差原因说明", "纠偏措施" },
        };
        rows.AddRange(form.Indicators.Select(m => (IReadOnlyList<object?>)
        [
            m.Indicator.Level1, m.Indicator.Level2, m.Indicator.Name, m.Indicator.PeriodTarget, m.Indicator.AnnualTarget,
            m.CompletedByEndOfJune, m.ForecastFullYear, FormWords.Of(m.Likelihood), FormWords.Of(m.DeviationCauses), m.DeviationNote, m.CorrectiveAction,
        ]));
        return XlsxWorkbook.Write([new XlsxWorkbook.Sheet(Title, rows)]);
    }

    public static ImportResult<PerformanceMonitoringForm> Import(byte[] bytes) =>
        XlsxImport.Run(bytes, Title, (sheets, notes) =>
        {
            var sheet = sheets.FirstOrDefault(s => s.Rows.Count > 0 && s.Rows[0].FirstOrDefault()?.Trim() == Title);
            if (sheet.Rows is null)
            {
                return null;
            }

            var cursor = new SheetCursor(sheet.Rows, notes);
            var header = cursor.Find(IndicatorHeader);
            var indicators = new List<MonitoredIndicator>();
            for (var r = header + 1; header >= 0 && r < sheet.Rows.Count; r++)
            {
                if (!FormWords.TryLikelihood(cursor.Cell(r, 7), out var likelihood))
                {
                    notes.Add(new Finding("import.value-unknown", FindingSeverity.Error, $"indicators[{r + 1}].likelihood",
                        $"第{r + 1}行完成目标可能性“{cursor.Cell(r, 7)}”应为“确定能”“有可能”或“完全不可能”。"));
                }

                var (causes, unknown) = FormWords.ParseCauses(cursor.Cell(r, 8));
                if (unknown.Count > 0)
                {
                    notes.Add(new Finding("import.value-unknown", FindingSeverity.Error, $"indicators[{r + 1}].deviationCauses",
                        $"第{r + 1}行偏差原因“{string.Join("、", unknown)}”不在经费保障、制度保障、人员保障、硬件条件保障、其他之中。"));
                }

                indicators.Add(new MonitoredIndicator
                {
                    Indicator = new IndicatorEntry(cursor.Cell(r, 0), cursor.Cell(r, 1), cursor.Cell(r, 2), cursor.Cell(r, 3), cursor.Cell(r, 4)),
                    CompletedByEndOfJune = cursor.Cell(r, 5),
                    ForecastFullYear = cursor.Cell(r, 6),
                    Likelihood = likelihood,
                    DeviationCauses = causes,
                    DeviationNote = cursor.Cell(r, 9),
                    CorrectiveAction = cursor.Cell(r, 10),
                });
            }

            return new PerformanceMonitoringForm
            {
                DepartmentName = cursor.Value("部门名称"),
                ProjectName = cursor.Value("项目名称", required: false),
                FiscalYear = int.TryParse(cursor.Value("年度"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : 0,
                AnnualBudget = cursor.Money("年度预算数（万元）"),
                ExecutedJanuaryToJune = cursor.Money("1-6月执行数（万元）"),
                StatedExecutionRate = cursor.Percent(cursor.Value("执行率", required: false), "执行率"),
                ForecastFullYearExecution = cursor.Money("全年预计执行数（万元）"),
                ExecutionShortfallExplanation = cursor.Value("执行偏差原因说明", required: false),
                Indicators = indicators,
            };
        });
}
