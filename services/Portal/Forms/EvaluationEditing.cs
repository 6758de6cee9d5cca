using System.Globalization;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// The 自评表 editor: the table shown as inputs and the inputs applied to it. 年度预算调整数 follows from the two budgets;
/// the indicators (names, targets) are the approved ones, the filer writes what was achieved.
/// </summary>
public static class EvaluationEditing
{
    public static readonly IReadOnlyList<(string Field, string Label)> Texts =
    [
        ("ExpectedTarget", "年初设定目标"), ("TargetCompletion", "目标完成情况"), ("KeyProjectPerformance", "重点项目绩效情况"),
        ("OverallPerformance", "部门整体绩效"), ("Problems", "存在问题"), ("ImprovementMeasures", "改进措施或下一步计划"),
        ("ExecutionShortfallExplanation", "执行率偏低原因说明（预算完成率低于 90% 时填写）"),
    ];

    public static readonly IReadOnlyList<string> Grades = ["优", "良", "中", "差"];

    public static EvaluationInput InputOf(DepartmentSelfEvaluationTable table) => new()
    {
        InitialBudget = MonitoringEditing.Money(table.InitialBudget),
        AdjustedBudget = MonitoringEditing.Money(table.AdjustedBudget),
        ActualExpenditure = MonitoringEditing.Money(table.ActualExpenditure),
        StatedExecutionRate = table.StatedExecutionRate is { } rate ? rate.Value.ToString("F" + rate.DecimalPlaces, CultureInfo.InvariantCulture) : null,
        ExpectedTarget = table.ExpectedTarget,
        TargetCompletion = table.TargetCompletion,
        KeyProjectPerformance = table.KeyProjectPerformance,
        OverallPerformance = table.OverallPerformance,
        Problems = table.Problems,
        ImprovementMeasures = table.ImprovementMeasures,
        ExecutionShortfallExplanation = table.ExecutionShortfallExplanation,
        StatedScore = table.StatedScore?.ToString("0.##", CultureInfo.InvariantCulture),
        StatedGrade = table.StatedGrade,
        Rows = [.. SelfEvaluationIndicators.Placed(table).Select(p => new EvaluationRowInput { Actual = p.Entry.Actual, Note = p.Entry.Note })],
    };

    public static string? TextOf(EvaluationInput input, string field) => field switch
    {
        "ExpectedTarget" => input.ExpectedTarget,
        "TargetCompletion" => input.TargetCompletion,
        "KeyProjectPerformance" => input.KeyProjectPerformance,
        "OverallPerformance" => input.OverallPerformance,
        "Problems" => input.Problems,
        "ImprovementMeasures" => input.ImprovementMeasures,
        _ => input.ExecutionShortfallExplanation,
    };

    public static (DepartmentSelfEvaluationTable Table, Dictionary<string, string> Errors) Apply(DepartmentSelfEvaluationTable table, EvaluationInput input)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        decimal Amount(string field, string label, string? text)
        {
            if (FormEditing.Amount(string.IsNullOrWhiteSpace(text) ? "0" : text) is { } amount && amount >= 0m)
            {
                return amount;
            }

            errors[field] = $"“{label}”应为金额（万元，最多两位小数）。";
            return 0m;
        }

        var initial = Amount("InitialBudget", "年初预算", input.InitialBudget);
        var adjusted = Amount("AdjustedBudget", "调整预算", input.AdjustedBudget);
        var actual = Amount("ActualExpenditure", "实际支出", input.ActualExpenditure);
        var rate = Percentage(input.StatedExecutionRate, out var rateUnreadable);
        if (rateUnreadable)
        {
            errors["StatedExecutionRate"] = "“预算完成率”应为百分数，例如 96.16。";
        }

        decimal? score = null;
        if (!string.IsNullOrWhiteSpace(input.StatedScore))
        {
            score = decimal.TryParse(input.StatedScore.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points) && points is >= 0m and <= 100m ? points : null;
            if (score is null)
            {
                errors["StatedScore"] = "“自评得分”应为 0 至 100 之间的数。";
            }
        }

        var grade = input.StatedGrade?.Trim() ?? string.Empty;
        if (grade.Length > 0 && !Grades.Contains(grade))
        {
            errors["StatedGrade"] = "“自评等级”应为优、良、中或差。";
        }

        var placed = SelfEvaluationIndicators.Placed(table);
        if (input.Rows.Count != placed.Count)
        {
            errors["Rows"] = "提交的指标行与自评表的指标不一致，未保存；请刷新页面后重新填写。";
            return (table, errors);
        }

        var row = 0;
        var tasks = table.Tasks.Select(task => task with
        {
            Indicators = [.. task.Indicators.Select(entry => WithActual(entry, input.Rows[row++]))],
        }).ToList();

        return (table with
        {
            InitialBudget = initial,
            AdjustedBudget = adjusted,
            BudgetAdjustment = adjusted - initial,
            ActualExpenditure = actual,
            StatedExecutionRate = rate,
            ExpectedTarget = input.ExpectedTarget?.Trim() ?? string.Empty,
            TargetCompletion = input.TargetCompletion?.Trim() ?? string.Empty,
            KeyProjectPerformance = input.KeyProjectPerformance?.Trim() ?? string.Empty,
            OverallPerformance = input.OverallPerformance?.Trim() ?? string.Empty,
            Problems = input.Problems?.Trim() ?? string.Empty,
            ImprovementMeasures = input.ImprovementMeasures?.Trim() ?? string.Empty,
            ExecutionShortfallExplanation = input.ExecutionShortfallExplanation?.Trim() ?? string.Empty,
            StatedScore = score,
            StatedGrade = grade,
            Tasks = tasks,
        }, errors);
    }

    private static IndicatorEntry WithActual(IndicatorEntry entry, EvaluationRowInput row) => entry with
    {
        Actual = string.IsNullOrWhiteSpace(row.Actual) ? null : row.Actual.Trim(),
        Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim(),
    };

    /// <summary>"96.16" or "96.16%" as a stated percentage with its decimals; blank is not stated.</summary>
    private static StatedPercentage? Percentage(string? text, out bool unreadable)
    {
        unreadable = false;
        var trimmed = text?.Trim().TrimEnd('%', '％').Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (!decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value is < 0m or > 1000m)
        {
            unreadable = true;
            return null;
        }

        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        return new StatedPercentage(value, dot < 0 ? 0 : trimmed.Length - dot - 1);
    }
}
