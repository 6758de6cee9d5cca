using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>
/// 项目支出绩效目标表 in its official seven columns; the 绩效指标 cell holds the packed indicator text exactly as the
/// finance system exports it, so the sheet reads like the filing.
/// </summary>
public static class ProjectTableXlsx
{
    private const string Title = "项目支出绩效目标表（含转移支付项目）";
    private const string NameHeader = "项目名称（资金使用单位）";

    public static byte[] Export(ProjectPerformanceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { Title },
            new object?[] { "部门名称：" + table.DepartmentName },
            new object?[] { "单位：" + table.MoneyUnit },
            new object?[] { NameHeader, "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标" },
        };
        if (table.TotalRow is not null)
        {
            rows.Add(ToRow(table.TotalRow));
        }

        rows.AddRange(table.Rows.Select(ToRow));
        return XlsxWorkbook.Write([new XlsxWorkbook.Sheet("项目支出绩效目标表", rows)]);
    }

    private static object?[] ToRow(ProjectTableRow row) =>
        [row.Name, row.Total, row.FiscalAppropriation, row.FiscalSpecialAccount, row.OtherFunds, row.PerformanceTarget, PackedIndicatorCell.Pack(row.Indicators)];

    public static ImportResult<ProjectPerformanceTable> Import(byte[] bytes) =>
        XlsxImport.Run(bytes, "项目支出绩效目标表", (sheets, notes) =>
        {
            var sheet = sheets.FirstOrDefault(s => s.Rows.Any(r => r.FirstOrDefault()?.Trim() == NameHeader));
            if (sheet.Rows is null)
            {
                return null;
            }

            var cursor = new SheetCursor(sheet.Rows, notes);
            var header = cursor.Find(NameHeader);
            var department = sheet.Rows.Select(r => r.FirstOrDefault() ?? "").FirstOrDefault(c => c.StartsWith("部门名称：", StringComparison.Ordinal));
            var unit = sheet.Rows.Select(r => r.FirstOrDefault() ?? "").FirstOrDefault(c => c.StartsWith("单位：", StringComparison.Ordinal));
            ProjectTableRow? total = null;
            var rows = new List<ProjectTableRow>();
            for (var r = header + 1; r < sheet.Rows.Count; r++)
            {
                var name = cursor.Cell(r, 0).Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                var (indicators, unplaced) = PackedIndicatorCell.Parse(cursor.Cell(r, 6));
                foreach (var piece in unplaced)
                {
                    notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, $"rows[{r + 1}].indicators",
                        $"第{r + 1}行“{name}”的绩效指标中有文字无法拆成指标，请人工核对：“{piece}”。"));
                }

                var target = cursor.Cell(r, 5);
                var row = new ProjectTableRow
                {
                    Name = name,
                    Kind = name != "合计" && target.Trim().Length == 0 && indicators.Count == 0 && unplaced.Count == 0
                        ? ProjectTableRowKind.FundingUnit
                        : ProjectTableRowKind.Project,
                    Total = cursor.Amount(cursor.Cell(r, 1), $"第{r + 1}行总计"),
                    FiscalAppropriation = cursor.Amount(cursor.Cell(r, 2), $"第{r + 1}行财政拨款"),
                    FiscalSpecialAccount = cursor.Amount(cursor.Cell(r, 3), $"第{r + 1}行财政专户拨款"),
                    OtherFunds = cursor.Amount(cursor.Cell(r, 4), $"第{r + 1}行其他资金"),
                    PerformanceTarget = target,
                    Indicators = indicators,
                };
                if (name == "合计")
                {
                    total = row;
                }
                else
                {
                    rows.Add(row);
                }
            }

            return new ProjectPerformanceTable
            {
                DepartmentName = department?["部门名称：".Length..] ?? "",
                MoneyUnit = unit?["单位：".Length..] ?? "万元",
                TotalRow = total,
                Rows = rows,
            };
        });
}
