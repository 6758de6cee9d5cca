using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Text;

/// <summary>Imports a 部门整体支出绩效自评表 from text copied out of its PDF (seed 003).</summary>
public static partial class SelfEvaluationTableTextImporter
{
    public static ImportResult<DepartmentSelfEvaluationTable> Import(byte[]? bytes)
    {
        if (bytes is null)
        {
            return ImportResult<DepartmentSelfEvaluationTable>.Failure("import.empty", "文件内容为空，没有可导入的表格。");
        }

        return InputText.TryDecode(bytes, out var text, out var error)
            ? Import(text)
            : ImportResult<DepartmentSelfEvaluationTable>.Failure(error!);
    }

    public static ImportResult<DepartmentSelfEvaluationTable> Import(string? text)
    {
        try
        {
            if (!InputText.TryNormalize(text, out var normalized, out var error))
            {
                return ImportResult<DepartmentSelfEvaluationTable>.Failure(error!);
            }

            return FormRecognizer.Recognize(normalized) == FormKind.SelfEvaluationTable
                ? Parse(normalized)
                : ImportResult<DepartmentSelfEvaluationTable>.Failure("import.wrong-form", "未找到“部门整体支出绩效自评表”标题，文件不是部门整体支出绩效自评表。");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ImportResult<DepartmentSelfEvaluationTable>.Failure("import.internal-error", $"解析部门整体支出绩效自评表时出错：{exception.Message}");
        }
    }

    private static ImportResult<DepartmentSelfEvaluationTable> Parse(string text)
    {
        var notes = new List<Finding>();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();

        var header = Header().Match(text);
        if (!header.Success)
        {
            notes.Add(Missing("departmentName", "部门名称/被评价年度"));
        }

        var goalsStart = lines.FindIndex(l => l.StartsWith("部门整体支出的预期目标", StringComparison.Ordinal));
        var tasksLabel = lines.FindIndex(Math.Max(goalsStart, 0), l => l == "主要");
        var tasksHeader = lines.FindIndex(l => l.StartsWith("预期目标", StringComparison.Ordinal) && l.Contains("关键指标", StringComparison.Ordinal));
        var keyProject = lines.FindIndex(l => l.StartsWith("重点项目绩效情况", StringComparison.Ordinal));
        var overall = lines.FindIndex(l => l.StartsWith("部门整体绩效", StringComparison.Ordinal));
        var problems = lines.FindIndex(l => l.StartsWith("存在问题", StringComparison.Ordinal));
        var measures = lines.FindIndex(l => l.StartsWith("改进措施", StringComparison.Ordinal));
        var footnote = lines.FindIndex(l => l.StartsWith("注：", StringComparison.Ordinal));

        string expected = "", completion = "";
        if (goalsStart >= 0)
        {
            var end = FirstAfter(goalsStart, tasksLabel, tasksHeader, keyProject, lines.Count);
            (expected, completion) = SplitTwoColumns(Slice(lines, goalsStart + 1, end), "年度目标", notes);
        }
        else
        {
            notes.Add(Missing("expectedTarget", "部门整体支出的预期目标"));
        }

        IReadOnlyList<SelfEvaluationTask> tasks = [];
        if (tasksHeader >= 0)
        {
            var end = FirstAfter(tasksHeader, keyProject, overall, problems, lines.Count);
            tasks = ReadTasks(Slice(lines, tasksHeader + 1, end), notes);
        }
        else
        {
            notes.Add(Missing("tasks", "主要任务"));
        }

        var form = new DepartmentSelfEvaluationTable
        {
            DepartmentName = header.Success ? header.Groups["name"].Value.Trim() : "",
            EvaluatedYear = header.Success ? int.Parse(header.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
            AdjustedBudget = Amount(text, "部门调整预算收入", "budget.adjusted", notes) ?? 0m,
            InitialBudget = Amount(text, "部门年初预算收入", "budget.initial", notes) ?? 0m,
            ActualExpenditure = Amount(text, "实际支出数", "budget.actual", notes) ?? 0m,
            BudgetAdjustment = Amount(text, "年度预算调整数", "budget.adjustment", notes) ?? 0m,
            GeneralPublicBudgetExpenditure = Amount(text, "其中：一般公共预算", "budget.generalPublicBudget", null),
            StatedExecutionRate = Rate(text, "预算完成率", "budget.executionRate", notes),
            StatedAdjustmentRate = Rate(text, "预算调整率", "budget.adjustmentRate", notes),
            ExpectedTarget = expected,
            TargetCompletion = completion,
            Tasks = tasks,
            KeyProjectPerformance = Labelled(lines, keyProject, FirstAfter(keyProject, overall, problems, lines.Count), "重点项目绩效情况"),
            OverallPerformance = Labelled(lines, overall, FirstAfter(overall, problems, measures, lines.Count), "部门整体绩效"),
            Problems = Labelled(lines, problems, FirstAfter(problems, measures, footnote, lines.Count), "存在问题"),
            ImprovementMeasures = Labelled(lines, measures, FirstAfter(measures, footnote, lines.Count), "改进措施或下一步计划"),
            StatedScore = StatedScore().Match(text) is { Success: true } score && Amounts.TryParse(score.Groups["score"].Value, out var points) ? points : null,
            StatedGrade = StatedGrade().Match(text) is { Success: true } grade ? grade.Groups["grade"].Value : "",
            ExecutionShortfallExplanation = ShortfallReason().Match(text) is { Success: true } reason ? reason.Groups["reason"].Value.Trim() : "",
        };
        if (form.Tasks.Count == 0)
        {
            notes.Add(new Finding("import.tasks-missing", FindingSeverity.Error, "tasks", "未读取到任何主要任务，文件可能不完整。"));
        }

        if (problems < 0)
        {
            notes.Add(Missing("problems", "存在问题"));
        }

        if (measures < 0)
        {
            notes.Add(Missing("improvementMeasures", "改进措施或下一步计划"));
        }

        return new ImportResult<DepartmentSelfEvaluationTable>(form, notes);
    }

    /// <summary>
    /// The task block stacks, per task: name lines (≤ 5 characters), 预期目标 and 目标完成情况 prose, then 关键指标 lines
    /// ("name value") and the 任务涉及资金, which the copy may glue to the front of an indicator line ("63.8参加…").
    /// </summary>
    private static List<SelfEvaluationTask> ReadTasks(List<string> lines, List<Finding> notes)
    {
        var tasks = new List<SelfEvaluationTask>();
        var name = new List<string>();
        var prose = new List<ColumnSplitter.Line>();
        var indicators = new List<IndicatorEntry>();
        decimal? funds = null;
        var state = TaskState.Name;
        var blankBefore = false;
        var skippingHeader = true;

        void Finish()
        {
            if (name.Count == 0 && prose.Count == 0 && indicators.Count == 0)
            {
                return;
            }

            var taskName = string.Concat(name);
            var split = ColumnSplitter.Split(prose);
            if (split is null && prose.Count > 0)
            {
                notes.Add(new Finding("import.columns-unsplit", FindingSeverity.Warning, $"tasks[{tasks.Count}].targetCompletion",
                    $"主要任务“{taskName}”的预期目标与目标完成情况无法分开，已全部归入预期目标，请人工核对。"));
            }

            if (funds is null)
            {
                notes.Add(new Finding("import.task-funds-missing", FindingSeverity.Warning, $"tasks[{tasks.Count}].funds",
                    $"主要任务“{taskName}”未找到任务涉及资金。"));
            }

            tasks.Add(new SelfEvaluationTask
            {
                Name = taskName,
                ExpectedTarget = Prose.Join(split?.First ?? prose.Select(p => p.Text)),
                TargetCompletion = Prose.Join(split?.Second ?? []),
                Indicators = [.. indicators],
                Funds = funds,
            });
            name.Clear();
            prose.Clear();
            indicators.Clear();
            funds = null;
        }

        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            if (skippingHeader && line is "任务涉及" or "资金")
            {
                continue;
            }

            skippingHeader = false;
            var isShortLabel = TextWidth.Of(line) <= 10 && !line.Contains(' ', StringComparison.Ordinal) && !AmountOnly().IsMatch(line);
            if (state == TaskState.Indicators && isShortLabel)
            {
                Finish();
                state = TaskState.Name;
            }

            if (state == TaskState.Name && isShortLabel)
            {
                name.Add(line);
            }
            else if (state != TaskState.Indicators && !line.Contains(' ', StringComparison.Ordinal) && !AmountOnly().IsMatch(line))
            {
                state = TaskState.Prose;
                prose.Add(new ColumnSplitter.Line(line, blankBefore));
            }
            else
            {
                state = TaskState.Indicators;
                ReadIndicatorLine(line, name, indicators, ref funds, notes);
            }

            blankBefore = false;
        }

        Finish();
        return tasks;
    }

    private static void ReadIndicatorLine(string line, List<string> name, List<IndicatorEntry> indicators, ref decimal? funds, List<Finding> notes)
    {
        var amountOnly = AmountOnly().Match(line);
        if (amountOnly.Success)
        {
            SetFunds(amountOnly.Value, name, ref funds, notes);
            return;
        }

        var gluedAmount = GluedAmount().Match(line);
        if (gluedAmount.Success && funds is null)
        {
            SetFunds(gluedAmount.Groups[1].Value, name, ref funds, notes);
            line = line[gluedAmount.Groups[1].Length..];
        }

        var space = line.LastIndexOf(' ');
        if (space <= 0)
        {
            notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, "tasks",
                $"主要任务“{string.Concat(name)}”中有一行无法识别为关键指标：“{line}”。"));
            return;
        }

        indicators.Add(new IndicatorEntry("", "", line[..space].Trim(), "", "") { Actual = line[(space + 1)..].Trim() });
    }

    private static void SetFunds(string text, List<string> name, ref decimal? funds, List<Finding> notes)
    {
        if (funds is not null)
        {
            notes.Add(new Finding("import.unplaced-text", FindingSeverity.Warning, "tasks",
                $"主要任务“{string.Concat(name)}”出现多个资金数，“{text}”未导入。"));
            return;
        }

        if (Amounts.TryParse(text, out var amount))
        {
            funds = amount;
        }
    }

    private static (string First, string Second) SplitTwoColumns(List<string> lines, string label, List<Finding> notes)
    {
        var items = new List<ColumnSplitter.Line>();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            items.Add(new ColumnSplitter.Line(line, blank));
            blank = false;
        }

        var split = ColumnSplitter.Split(items);
        if (split is null)
        {
            notes.Add(new Finding("import.columns-unsplit", FindingSeverity.Warning, "targetCompletion",
                $"{label}的预期目标与目标完成情况无法分开，已全部归入预期目标，请人工核对。"));
            return (Prose.Join(lines), "");
        }

        return (Prose.Join(split.Value.First), Prose.Join(split.Value.Second));
    }

    private static string Labelled(List<string> lines, int start, int end, string label)
    {
        if (start < 0)
        {
            return "";
        }

        var first = lines[start][label.Length..].Trim();
        return Prose.Join(new[] { first }.Concat(Slice(lines, start + 1, end)));
    }

    private static List<string> Slice(List<string> lines, int from, int to) =>
        from >= to ? [] : lines.GetRange(from, to - from);

    /// <summary>The nearest of the following markers that lies after <paramref name="start"/>.</summary>
    private static int FirstAfter(int start, params int[] candidates) =>
        candidates.Where(c => c > start).DefaultIfEmpty(start + 1).Min();

    private static decimal? Amount(string text, string label, string path, List<Finding>? notes)
    {
        var match = new Regex(Regex.Escape(label) + @"\s+(-?[\d,]+(?:\.\d+)?)").Match(text);
        if (match.Success && Amounts.TryParse(match.Groups[1].Value, out var amount))
        {
            return amount;
        }

        notes?.Add(Missing(path, label));
        return null;
    }

    private static StatedPercentage? Rate(string text, string label, string path, List<Finding> notes)
    {
        var match = new Regex(Regex.Escape(label) + @"\s+(-?[\d.]+)\s*[%％]").Match(text);
        if (match.Success && Amounts.TryParsePercent(match.Groups[1].Value, out var rate))
        {
            return rate;
        }

        notes.Add(Missing(path, label));
        return null;
    }

    private static Finding Missing(string path, string label) =>
        new("import.field-missing", FindingSeverity.Error, path, $"未找到“{label}”，文件可能不完整或版式不符。");

    private enum TaskState
    {
        Name,
        Prose,
        Indicators,
    }

    [GeneratedRegex(@"部门名称[^\s]*\s+(?<name>\S+)\s+被评价年度\s*(?<year>\d{4})")]
    private static partial Regex Header();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex AmountOnly();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(?=[\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex GluedAmount();

    /// <summary>"自评得分 92.5" / "自评总分：92.5": not in seed 003's layout, but in the tables of other districts.</summary>
    [GeneratedRegex(@"(?:自评得分|自评总分|总得分|综合得分)\s*[:：]?\s*(?<score>\d+(?:\.\d+)?)")]
    private static partial Regex StatedScore();

    [GeneratedRegex(@"(?:自评等级|评价等级|绩效等级|自评结果)\s*[:：为]?\s*(?<grade>优秀|良好|中等|较差|[优良中差])")]
    private static partial Regex StatedGrade();

    [GeneratedRegex(@"(?:偏差原因|未完成原因|执行率偏低原因)[^\n:：]{0,10}[:：]\s*(?<reason>[^\n]+)")]
    private static partial Regex ShortfallReason();
}
