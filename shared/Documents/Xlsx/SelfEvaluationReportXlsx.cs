using System.Globalization;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>
/// 自评报告 as a workbook: sheet "报告正文" holds each section (heading, paragraphs one per line), sheet "关键数据"
/// the figures and the project execution table the finance bureau reads.
/// </summary>
public static class SelfEvaluationReportXlsx
{
    private const string BodySheet = "报告正文";
    private const string DataSheet = "关键数据";
    private const string ProjectHeader = "项目名称";

    public static byte[] Export(SelfEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = new List<IReadOnlyList<object?>> { new object?[] { "章节", "内容" } };
        body.AddRange(report.Sections.Select(s => (IReadOnlyList<object?>)[s.Heading, string.Join("\n", s.Paragraphs)]));

        var data = new List<IReadOnlyList<object?>>
        {
            new object?[] { "部门整体支出绩效自评报告" },
            new object?[] { "部门名称", report.DepartmentName },
            new object?[] { "年度", report.FiscalYear },
            new object?[] { "全年预算数（万元）", report.AnnualBudget },
            new object?[] { "执行数（万元）", report.Executed },
            new object?[] { "预算完成率", SheetCursor.PercentText(report.StatedExecutionRate) },
            new object?[] { "基本支出（万元）", report.BasicExpenditure },
            new object?[] { "项目支出（万元）", report.ProjectExpenditure },
            new object?[] { "自评得分", report.Score },
            new object?[] { "等级", report.Grade },
            new object?[] { "基本情况", report.BasicInformation },
            new object?[] { "自评结论综述", report.ConclusionSummary },
            new object?[] { "存在问题", report.Problems },
            new object?[] { "改进措施", report.ImprovementMeasures },
            new object?[] { "执行偏差原因说明", report.ExecutionShortfallExplanation },
            new object?[] { ProjectHeader, "全年预算数（万元）", "执行数（万元）", "预算完成率", "执行偏差原因" },
        };
        data.AddRange(report.ProjectExecutions.Select(p =>
            (IReadOnlyList<object?>)[p.ProjectName, p.Budget, p.Executed, SheetCursor.PercentText(p.StatedExecutionRate), p.ShortfallExplanation]));
        return XlsxWorkbook.Write([new XlsxWorkbook.Sheet(BodySheet, body), new XlsxWorkbook.Sheet(DataSheet, data)]);
    }

    public static ImportResult<SelfEvaluationReport> Import(byte[] bytes) =>
        XlsxImport.Run(bytes, "自评报告", (sheets, notes) =>
        {
            var bodySheet = sheets.FirstOrDefault(s => s.Name == BodySheet);
            var dataSheet = sheets.FirstOrDefault(s => s.Name == DataSheet);
            if (bodySheet.Rows is null || dataSheet.Rows is null)
            {
                return null;
            }

            var body = new SheetCursor(bodySheet.Rows, notes);
            var sections = new List<ReportSection>();
            for (var r = 1; r < bodySheet.Rows.Count; r++)
            {
                var text = body.Cell(r, 1);
                sections.Add(new ReportSection(body.Cell(r, 0), text.Length == 0 ? [] : text.Split('\n')));
            }

            var data = new SheetCursor(dataSheet.Rows, notes);
            var header = data.Find(ProjectHeader);
            var projects = new List<ProjectExecutionSummary>();
            for (var r = header + 1; header >= 0 && r < dataSheet.Rows.Count; r++)
            {
                projects.Add(new ProjectExecutionSummary
                {
                    ProjectName = data.Cell(r, 0),
                    Budget = data.Amount(data.Cell(r, 1), $"第{r + 1}行全年预算数") ?? 0m,
                    Executed = data.Amount(data.Cell(r, 2), $"第{r + 1}行执行数") ?? 0m,
                    StatedExecutionRate = data.Percent(data.Cell(r, 3), $"第{r + 1}行预算完成率"),
                    ShortfallExplanation = data.Cell(r, 4),
                });
            }

            // The figures stated only in the text (restatements, sources, sentence locators) are read from it again.
            return Text.ReportFigures.Complete(new SelfEvaluationReport
            {
                DepartmentName = data.Value("部门名称"),
                FiscalYear = int.TryParse(data.Value("年度"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : 0,
                Sections = sections,
                AnnualBudget = data.Amount(data.Value("全年预算数（万元）"), "全年预算数"),
                Executed = data.Amount(data.Value("执行数（万元）"), "执行数"),
                StatedExecutionRate = data.Percent(data.Value("预算完成率"), "预算完成率"),
                BasicExpenditure = data.Amount(data.Value("基本支出（万元）"), "基本支出"),
                ProjectExpenditure = data.Amount(data.Value("项目支出（万元）"), "项目支出"),
                Score = data.Amount(data.Value("自评得分"), "自评得分"),
                Grade = data.Value("等级"),
                BasicInformation = data.Value("基本情况"),
                ConclusionSummary = data.Value("自评结论综述"),
                Problems = data.Value("存在问题"),
                ImprovementMeasures = data.Value("改进措施"),
                ExecutionShortfallExplanation = data.Value("执行偏差原因说明", required: false),
                ProjectExecutions = projects,
            });
        });
}
