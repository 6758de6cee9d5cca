using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>部门整体预算绩效目标申报表 in its official layout: the 2×2 money grid, key tasks, then the indicator table.</summary>
public static class DepartmentDeclarationXlsx
{
    private const string Title = "部门整体预算绩效目标申报表";
    private const string KeyTaskHeader = "名称";
    private const string OtherTasksLabel = "其他需完成的任务（可选填）";
    private const string IndicatorHeader = "一级指标";

    public static byte[] Export(DepartmentBudgetDeclaration form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { Title },
            new object?[] { "部门名称", form.DepartmentName },
            new object?[] { "预算整体情况" },
            new object?[] { "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）" },
            new object?[] { "基本支出", form.BasicExpenditure, "财政拨款", form.FiscalAppropriation },
            new object?[] { "项目支出", form.ProjectExpenditure, "其他资金", form.OtherFunds },
            new object?[] { "事业发展性支出", "预算金额（万元）", "按预算级次划分", "预算金额（万元）" },
            new object?[] { "财政专项资金", form.DevelopmentSpecialFunds, "区本级使用资金", form.DistrictLevelFunds },
            new object?[] { "其他事业发展性支出", form.OtherDevelopmentExpenditure, "拟用于对下转移支付资金", form.TransferPaymentFunds },
            new object?[] { "总体绩效目标", form.OverallTarget },
            new object?[] { "年度重点工作任务" },
            new object?[] { KeyTaskHeader, "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）" },
        };
        rows.AddRange(form.KeyTasks.Select(t => (IReadOnlyList<object?>)[t.Name, t.Content, t.PlannedFunds, t.ExpectedOutcome]));
        rows.Add([OtherTasksLabel, form.OtherTasks, form.OtherTasksPlannedFunds]);
        rows.Add(["绩效指标"]);
        rows.Add([IndicatorHeader, "二级指标", "三级指标", "实施周期指标值", "年度指标值"]);
        rows.AddRange(form.Indicators.Select(i => (IReadOnlyList<object?>)[i.Level1, i.Level2, i.Name, i.PeriodTarget, i.AnnualTarget]));
        return XlsxWorkbook.Write([new XlsxWorkbook.Sheet(Title, rows)]);
    }

    public static ImportResult<DepartmentBudgetDeclaration> Import(byte[] bytes) =>
        XlsxImport.Run(bytes, Title, (sheets, notes) =>
        {
            var sheet = sheets.FirstOrDefault(s => s.Rows.Count > 0 && s.Rows[0].FirstOrDefault()?.Trim() == Title);
            if (sheet.Rows is null)
            {
                return null;
            }

            var cursor = new SheetCursor(sheet.Rows, notes);
            var keyTaskHeader = cursor.Find(KeyTaskHeader);
            var otherTasks = cursor.Find(OtherTasksLabel);
            var indicatorHeader = cursor.Find(IndicatorHeader);
            var keyTasks = new List<KeyWorkTask>();
            if (keyTaskHeader >= 0)
            {
                var end = otherTasks > keyTaskHeader ? otherTasks : indicatorHeader > keyTaskHeader ? indicatorHeader : sheet.Rows.Count;
                for (var r = keyTaskHeader + 1; r < end; r++)
                {
                    keyTasks.Add(new KeyWorkTask(cursor.Cell(r, 0), cursor.Cell(r, 1), cursor.Amount(cursor.Cell(r, 2), $"第{r + 1}行拟投入的资金"), cursor.Cell(r, 3)));
                }
            }
            else
            {
                notes.Add(new Finding("import.field-missing", FindingSeverity.Error, "keyTasks", "Excel中未找到年度重点工作任务表头。"));
            }

            var indicators = new List<IndicatorEntry>();
            for (var r = indicatorHeader + 1; indicatorHeader >= 0 && r < sheet.Rows.Count; r++)
            {
                indicators.Add(new IndicatorEntry(cursor.Cell(r, 0), cursor.Cell(r, 1), cursor.Cell(r, 2), cursor.Cell(r, 3), cursor.Cell(r, 4)));
            }

            return new DepartmentBudgetDeclaration
            {
                DepartmentName = cursor.Value("部门名称"),
                BasicExpenditure = cursor.Money("基本支出"),
                ProjectExpenditure = cursor.Money("项目支出"),
                DevelopmentSpecialFunds = cursor.Money("财政专项资金"),
                OtherDevelopmentExpenditure = cursor.Money("其他事业发展性支出"),
                FiscalAppropriation = cursor.Money("财政拨款", 2),
                OtherFunds = cursor.Money("其他资金", 2),
                DistrictLevelFunds = cursor.Money("区本级使用资金", 2),
                TransferPaymentFunds = cursor.Money("拟用于对下转移支付资金", 2),
                OverallTarget = cursor.Value("总体绩效目标"),
                KeyTasks = keyTasks,
                OtherTasks = otherTasks >= 0 ? cursor.Cell(otherTasks, 1) : "",
                OtherTasksPlannedFunds = otherTasks >= 0 ? cursor.Amount(cursor.Cell(otherTasks, 2), OtherTasksLabel) : null,
                Indicators = indicators,
            };
        });
}
