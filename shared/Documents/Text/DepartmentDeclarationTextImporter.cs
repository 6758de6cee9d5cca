using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>Imports a 部门整体预算绩效目标申报表 from text copied out of its PDF (seeds 000 and 004).</summary>
public static partial class DepartmentDeclarationTextImporter
{
    private const string Title = "部门整体预算绩效目标申报表";

    public static ImportResult<DepartmentBudgetDeclaration> Import(byte[]? bytes)
    {
        if (bytes is null)
        {
            return ImportResult<DepartmentBudgetDeclaration>.Failure("import.empty", "文件内容为空，没有可导入的表格。");
        }

        return InputText.TryDecode(bytes, out var text, out var error)
            ? Import(text)
            : ImportResult<DepartmentBudgetDeclaration>.Failure(error!);
    }

    public static ImportResult<DepartmentBudgetDeclaration> Import(string? text)
    {
        try
        {
            if (!InputText.TryNormalize(text, out var normalized, out var error))
            {
                return ImportResult<DepartmentBudgetDeclaration>.Failure(error!);
            }

            return FormRecognizer.Recognize(normalized) == FormKind.DepartmentDeclaration
                ? Parse(normalized)
                : ImportResult<DepartmentBudgetDeclaration>.Failure("import.wrong-form", $"未找到“{Title}”标题，文件不是部门整体预算绩效目标申报表。");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ImportResult<DepartmentBudgetDeclaration>.Failure("import.internal-error", $"解析部门整体预算绩效目标申报表时出错：{exception.Message}");
        }
    }

    private static ImportResult<DepartmentBudgetDeclaration> Parse(string text)
    {
        var notes = new List<Finding>();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();

        var name = DepartmentName().Match(text);
        if (!name.Success)
        {
            notes.Add(Missing("departmentName", "部门名称"));
        }

        var overallStart = lines.FindIndex(l => l == "总体绩效目标");
        var keyTasksTitle = lines.FindIndex(l => l == "年度重点工作任务");
        var keyTaskHeader = lines.FindIndex(l => l.StartsWith("名称", StringComparison.Ordinal) && l.Contains("主要实施内容", StringComparison.Ordinal));
        var otherTasks = lines.FindIndex(l => l.StartsWith("其他需完成的任务", StringComparison.Ordinal));
        var indicatorsStart = lines.FindIndex(Math.Max(0, Math.Max(otherTasks, keyTaskHeader)), l => l == "绩效指标");

        var overall = "";
        if (overallStart >= 0 && keyTasksTitle > overallStart)
        {
            overall = Prose.Join(lines.GetRange(overallStart + 1, keyTasksTitle - overallStart - 1));
        }
        else
        {
            notes.Add(Missing("overallTarget", "总体绩效目标"));
        }

        IReadOnlyList<KeyWorkTask> keyTasks = [];
        if (keyTaskHeader >= 0)
        {
            var end = otherTasks > keyTaskHeader ? otherTasks : indicatorsStart > keyTaskHeader ? indicatorsStart : lines.Count;
            keyTasks = KeyTaskReader.Read(lines.GetRange(keyTaskHeader + 1, end - keyTaskHeader - 1), notes);
        }
        else
        {
            notes.Add(Missing("keyTasks", "年度重点工作任务"));
        }

        var (otherText, otherFunds) = ReadOtherTasks(lines, otherTasks, indicatorsStart);

        var indicators = indicatorsStart >= 0
            ? IndicatorTableReader.Read(lines.GetRange(indicatorsStart + 1, lines.Count - indicatorsStart - 1), notes)
            : [];
        if (indicators.Count == 0)
        {
            notes.Add(new Finding("import.indicators-missing", FindingSeverity.Error, "indicators", "未读取到任何绩效指标，文件可能不完整。"));
        }

        var form = new DepartmentBudgetDeclaration
        {
            DepartmentName = name.Success ? name.Groups[1].Value.Trim() : "",
            BasicExpenditure = Money(lines, "基本支出", "budget.basicExpenditure", notes),
            ProjectExpenditure = Money(lines, "项目支出", "budget.projectExpenditure", notes),
            DevelopmentSpecialFunds = Money(lines, "财政专项资金", "budget.developmentSpecialFunds", notes),
            OtherDevelopmentExpenditure = Money(lines, "其他事业发展性支出", "budget.otherDevelopmentExpenditure", notes),
            FiscalAppropriation = Money(lines, "财政拨款", "budget.fiscalAppropriation", notes),
            OtherFunds = Money(lines, "其他资金", "budget.otherFunds", notes),
            DistrictLevelFunds = Money(lines, "区本级使用资金", "budget.districtLevelFunds", notes),
            TransferPaymentFunds = Money(lines, "拟用于对下转移支付资金", "budget.transferPaymentFunds", notes),
            OverallTarget = overall,
            KeyTasks = keyTasks,
            OtherTasks = otherText,
            OtherTasksPlannedFunds = otherFunds,
            Indicators = indicators,
        };
        return new ImportResult<DepartmentBudgetDeclaration>(form, notes);
    }

    private static (string Text, decimal? Funds) ReadOtherTasks(List<string> lines, int start, int end)
    {
        if (start < 0)
        {
            return ("", null);
        }

        var stop = end > start ? end : lines.Count;
        var body = lines.GetRange(start + 1, stop - start - 1).Where(l => l.Length > 0).ToList();
        if (!lines[start].Contains('）', StringComparison.Ordinal) && body.Count > 0 && body[0] == "填）")
        {
            body.RemoveAt(0); // the label "其他需完成的任务（可选填）" wraps after "可选"
        }

        var text = Prose.Join(body);
        var funds = OtherTaskFunds().Match(text);
        return (text, funds.Success && Amounts.TryParse(funds.Groups[1].Value, out var amount) ? amount : null);
    }

    /// <summary>The amount written after a label, e.g. "基本支出 3,345.75 财政拨款 12,104.57".</summary>
    private static decimal Money(List<string> lines, string label, string path, List<Finding> notes)
    {
        var pattern = new Regex(@"(?<![\p{IsCJKUnifiedIdeographs}])" + Regex.Escape(label) + @"\s+(-?[\d,]+(?:\.\d+)?)(?![\d])");
        foreach (var line in lines)
        {
            var match = pattern.Match(line);
            if (match.Success && Amounts.TryParse(match.Groups[1].Value, out var amount))
            {
                return amount;
            }
        }

        notes.Add(Missing(path, label));
        return 0m;
    }

    private static Finding Missing(string path, string label) =>
        new("import.field-missing", FindingSeverity.Error, path, $"未找到“{label}”，文件可能不完整或版式不符。");

    [GeneratedRegex(@"部门名称[：:\s]+([^\n]+)")]
    private static partial Regex DepartmentName();

    [GeneratedRegex(@"拟投入资金[：:]\s*([\d,]+(?:\.\d+)?)")]
    private static partial Regex OtherTaskFunds();
}
