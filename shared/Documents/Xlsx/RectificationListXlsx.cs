using System.Globalization;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Xlsx;

/// <summary>整改清单: one row per item with source, problem, measure, owner, deadline, evidence and status.</summary>
public static class RectificationListXlsx
{
    private const string Title = "整改清单";
    private const string Header = "序号";
    private const string DateFormat = "yyyy-MM-dd";

    public static byte[] Export(RectificationList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { Title },
            new object?[] { "部门名称", list.DepartmentName },
            new object?[] { "年度", list.FiscalYear },
            new object?[] { Header, "问题来源", "存在问题", "整改措施", "责任人", "整改时限", "佐证材料", "整改状态" },
        };
        rows.AddRange(list.Items.Select((item, i) => (IReadOnlyList<object?>)
        [
            i + 1, FormWords.Of(item.Source), item.Problem, item.Measure, item.Owner,
            item.Deadline.ToString(DateFormat, CultureInfo.InvariantCulture), item.Evidence, FormWords.Of(item.Status),
        ]));
        return XlsxWorkbook.Write([new XlsxWorkbook.Sheet(Title, rows)]);
    }

    public static ImportResult<RectificationList> Import(byte[] bytes) =>
        XlsxImport.Run(bytes, Title, (sheets, notes) =>
        {
            var sheet = sheets.FirstOrDefault(s => s.Rows.Count > 0 && s.Rows[0].FirstOrDefault()?.Trim() == Title);
            if (sheet.Rows is null)
            {
                return null;
            }

            var cursor = new SheetCursor(sheet.Rows, notes);
            var header = cursor.Find(Header);
            var items = new List<RectificationListRow>();
            for (var r = header + 1; header >= 0 && r < sheet.Rows.Count; r++)
            {
                var line = r + 1;
                if (!FormWords.TrySource(cursor.Cell(r, 1), out var source) || source is null)
                {
                    notes.Add(new Finding("import.value-unknown", FindingSeverity.Error, $"items[{line}].source", $"第{line}行问题来源“{cursor.Cell(r, 1)}”无法识别。"));
                }

                if (!FormWords.TryStatus(cursor.Cell(r, 7), out var status))
                {
                    notes.Add(new Finding("import.value-unknown", FindingSeverity.Error, $"items[{line}].status", $"第{line}行整改状态“{cursor.Cell(r, 7)}”无法识别。"));
                }

                if (!DateOnly.TryParseExact(cursor.Cell(r, 5).Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
                {
                    notes.Add(new Finding("import.value-unknown", FindingSeverity.Error, $"items[{line}].deadline", $"第{line}行整改时限“{cursor.Cell(r, 5)}”不是有效日期（格式如2025-06-30）。"));
                }

                items.Add(new RectificationListRow
                {
                    Source = source ?? RectificationSource.SelfEvaluation,
                    Problem = cursor.Cell(r, 2),
                    Measure = cursor.Cell(r, 3),
                    Owner = cursor.Cell(r, 4),
                    Deadline = deadline,
                    Evidence = cursor.Cell(r, 6),
                    Status = status ?? RectificationListRowStatus.Open,
                });
            }

            return new RectificationList
            {
                DepartmentName = cursor.Value("部门名称"),
                FiscalYear = int.TryParse(cursor.Value("年度"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : 0,
                Items = items,
            };
        });
}
