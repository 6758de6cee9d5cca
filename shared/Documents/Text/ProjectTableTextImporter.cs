using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>
/// Imports a 项目支出绩效目标表 exported as tab-separated text (seed 002): a title, 部门名称, 单位, then per page a
/// header row and data rows of seven cells. A cell holding a line break splits its row over several lines; such rows
/// are rebuilt by joining lines until the row has its seven cells.
/// </summary>
public static partial class ProjectTableTextImporter
{
    private const int ColumnCount = 7;

    public static ImportResult<ProjectPerformanceTable> Import(byte[]? bytes)
    {
        if (bytes is null)
        {
            return ImportResult<ProjectPerformanceTable>.Failure("import.empty", "文件内容为空，没有可导入的表格。");
        }

        return InputText.TryDecode(bytes, out var text, out var error)
            ? Import(text)
            : ImportResult<ProjectPerformanceTable>.Failure(error!);
    }

    public static ImportResult<ProjectPerformanceTable> Import(string? text)
    {
        try
        {
            if (!InputText.TryNormalize(text, out var normalized, out var error))
            {
                return ImportResult<ProjectPerformanceTable>.Failure(error!);
            }

            return FormRecognizer.Recognize(normalized) == FormKind.ProjectTable
                ? Parse(normalized)
                : ImportResult<ProjectPerformanceTable>.Failure("import.wrong-form", "未找到“项目支出绩效目标表”标题，文件不是项目支出绩效目标表。");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ImportResult<ProjectPerformanceTable>.Failure("import.internal-error", $"解析项目支出绩效目标表时出错：{exception.Message}");
        }
    }

    private static ImportResult<ProjectPerformanceTable> Parse(string text)
    {
        var notes = new List<Finding>();
        var department = DepartmentName().Match(text);
        var unit = MoneyUnit().Match(text);
        if (!department.Success)
        {
            notes.Add(new Finding("import.field-missing", FindingSeverity.Error, "departmentName", "未找到“部门名称”。"));
        }

        ProjectTableRow? total = null;
        var rows = new List<ProjectTableRow>();
        foreach (var (cells, lineNumber) in RebuildRows(text.Split('\n'), notes))
        {
            if (cells[0].Trim().StartsWith("项目名称", StringComparison.Ordinal))
            {
                continue; // the header repeats on every page
            }

            var row = ToRow(cells, lineNumber, notes);
            if (row.Name == "合计")
            {
                total = row;
            }
            else
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0)
        {
            notes.Add(new Finding("import.rows-missing", FindingSeverity.Error, "rows", "未读取到任何项目行，文件可能不完整或不是制表符分隔的表格。"));
        }

        var table = new ProjectPerformanceTable
        {
            DepartmentName = department.Success ? department.Groups[1].Value.Trim() : "",
            MoneyUnit = unit.Success ? unit.Groups[1].Value.Trim() : "万元",
            TotalRow = total,
            Rows = rows,
        };
        return new ImportResult<ProjectPerformanceTable>(table, notes);
    }

    private static List<(string[] Cells, int LineNumber)> RebuildRows(string[] lines, List<Finding> notes)
    {
        var rows = new List<(string[] Cells, int LineNumber)>();
        List<string>? pending = null;
        var pendingLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (pending is not null && pending.Count < ColumnCount && line.Trim().Length > 0 && !IsFrameLine(line))
            {
                // A wrapped cell: the first piece of this line continues the last cell of the row.
                var pieces = line.Split('\t');
                pending[^1] += pieces[0];
                pending.AddRange(pieces.Skip(1));
                continue;
            }

            if (pending is not null)
            {
                rows.Add(Close(pending, pendingLine, notes));
                pending = null;
            }

            if (line.Contains('\t', StringComparison.Ordinal))
            {
                pending = [.. line.Split('\t')];
                pendingLine = i + 1;
            }
            else if (line.Trim().Length > 0 && !IsFrameLine(line))
            {
                notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, $"line[{i + 1}]",
                    $"第{i + 1}行不属于表格，未导入：“{line.Trim()}”。"));
            }
        }

        if (pending is not null)
        {
            rows.Add(Close(pending, pendingLine, notes));
        }

        return rows;
    }

    private static (string[] Cells, int LineNumber) Close(List<string> cells, int lineNumber, List<Finding> notes)
    {
        if (cells.Count < ColumnCount)
        {
            notes.Add(new Finding("import.row-truncated", FindingSeverity.Error, $"line[{lineNumber}]",
                $"第{lineNumber}行只有{cells.Count}列（应为{ColumnCount}列），该行可能被截断，缺少的列按空白导入。"));
            cells.AddRange(Enumerable.Repeat("", ColumnCount - cells.Count));
        }
        else if (cells.Count > ColumnCount)
        {
            var extra = string.Join("\t", cells.Skip(ColumnCount));
            notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, $"line[{lineNumber}]",
                $"第{lineNumber}行多出{cells.Count - ColumnCount}列，多余内容未导入：“{extra.Trim()}”。"));
            cells.RemoveRange(ColumnCount, cells.Count - ColumnCount);
        }

        return ([.. cells], lineNumber);
    }

    private static bool IsFrameLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("项目支出绩效目标表", StringComparison.Ordinal)
            || trimmed.StartsWith("部门名称", StringComparison.Ordinal)
            || trimmed.StartsWith("单位", StringComparison.Ordinal);
    }

    private static ProjectTableRow ToRow(string[] cells, int lineNumber, List<Finding> notes)
    {
        var name = cells[0].Trim();
        var (indicators, unplaced) = PackedIndicatorCell.Parse(cells[6]);
        foreach (var piece in unplaced)
        {
            notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, $"line[{lineNumber}].indicators",
                $"“{name}”的绩效指标中有文字无法拆成指标，请人工核对：“{piece}”。"));
        }

        var target = cells[5].Trim();
        // A 资金使用单位 line carries money only: no 绩效目标, no indicators.
        var kind = name != "合计" && target.Length == 0 && indicators.Count == 0 && unplaced.Count == 0
            ? ProjectTableRowKind.FundingUnit
            : ProjectTableRowKind.Project;
        return new ProjectTableRow
        {
            Name = name,
            Kind = kind,
            Total = Money(cells[1], name, "总计", lineNumber, notes),
            FiscalAppropriation = Money(cells[2], name, "财政拨款", lineNumber, notes),
            FiscalSpecialAccount = Money(cells[3], name, "财政专户拨款", lineNumber, notes),
            OtherFunds = Money(cells[4], name, "其他资金", lineNumber, notes),
            PerformanceTarget = target,
            Indicators = indicators,
        };
    }

    private static decimal? Money(string cell, string rowName, string column, int lineNumber, List<Finding> notes)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        if (Amounts.TryParse(cell, out var amount))
        {
            return amount;
        }

        notes.Add(new Finding("import.amount-unreadable", FindingSeverity.Error, $"line[{lineNumber}]",
            $"第{lineNumber}行“{rowName}”的{column}“{cell.Trim()}”不是有效金额。"));
        return null;
    }

    [GeneratedRegex(@"部门名称[：:]\s*([^\n\t]+)")]
    private static partial Regex DepartmentName();

    [GeneratedRegex(@"单位[：:]\s*([^\n\t]+)")]
    private static partial Regex MoneyUnit();
}
