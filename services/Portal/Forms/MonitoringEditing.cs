using System.Globalization;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// The 绩效运行监控表 editor: the form shown as inputs, and the inputs applied to the form. The approved indicators
/// (names and targets) are the declaration's and stay as they are; changing them is a 目标调整 of the declaration.
/// 执行率 is computed (1–6 月执行数 ÷ 年度预算数), never typed.
/// </summary>
public static class MonitoringEditing
{
    public static readonly IReadOnlyList<(string Field, string Label)> MoneyFields =
    [
        ("AnnualBudget", "年度预算数"), ("ExecutedJanuaryToJune", "1–6 月执行数"), ("ForecastFullYearExecution", "全年预计执行数"),
    ];

    public static readonly IReadOnlyList<(CompletionLikelihood Value, string Label)> Likelihoods =
        [.. FormChoiceWords.Likelihoods.OrderBy(w => w.Key).Select(w => (w.Key, w.Value))];

    public static readonly IReadOnlyList<(DeviationCause Value, string Label)> Causes =
        [.. FormChoiceWords.Causes.OrderBy(w => w.Key).Select(w => (w.Key, w.Value))];

    public static MonitoringInput InputOf(PerformanceMonitoringForm form) => new()
    {
        AnnualBudget = Money(form.AnnualBudget),
        ExecutedJanuaryToJune = Money(form.ExecutedJanuaryToJune),
        ForecastFullYearExecution = Money(form.ForecastFullYearExecution),
        ExecutionShortfallExplanation = form.ExecutionShortfallExplanation,
        Rows = [.. form.Indicators.Select(m => new MonitoredRowInput
        {
            CompletedByEndOfJune = m.CompletedByEndOfJune,
            ForecastFullYear = m.ForecastFullYear,
            Likelihood = m.Likelihood?.ToString(),
            Causes = [.. m.DeviationCauses.Select(c => c.ToString())],
            DeviationNote = m.DeviationNote,
            CorrectiveAction = m.CorrectiveAction,
        })],
    };

    /// <summary>The form with the inputs applied, and a message by input for each one that cannot be read.</summary>
    public static (PerformanceMonitoringForm Form, Dictionary<string, string> Errors) Apply(PerformanceMonitoringForm form, MonitoringInput input)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        decimal Amount(string field, string label, string? text)
        {
            if (FormEditing.Amount(string.IsNullOrWhiteSpace(text) ? "0" : text) is { } amount && amount >= 0m)
            {
                return amount;
            }

            errors[field] = $"“{label}”应为金额（万元，最多两位小数），例如 5810.19。";
            return 0m;
        }

        var budget = Amount("AnnualBudget", "年度预算数", input.AnnualBudget);
        var executed = Amount("ExecutedJanuaryToJune", "1–6 月执行数", input.ExecutedJanuaryToJune);
        var forecast = Amount("ForecastFullYearExecution", "全年预计执行数", input.ForecastFullYearExecution);
        if (input.Rows.Count != form.Indicators.Count)
        {
            errors["Rows"] = "提交的指标行与监控表的指标不一致，未保存；请刷新页面后重新填写。";
            return (form, errors);
        }

        var indicators = form.Indicators.Select((m, i) =>
        {
            var row = input.Rows[i];
            return m with
            {
                CompletedByEndOfJune = row.CompletedByEndOfJune?.Trim() ?? string.Empty,
                ForecastFullYear = row.ForecastFullYear?.Trim() ?? string.Empty,
                Likelihood = Enum.TryParse<CompletionLikelihood>(row.Likelihood, out var likelihood) ? likelihood : null,
                DeviationCauses = [.. row.Causes.Select(c => Enum.TryParse<DeviationCause>(c, out var cause) ? cause : (DeviationCause?)null).OfType<DeviationCause>().Distinct()],
                DeviationNote = row.DeviationNote?.Trim() ?? string.Empty,
                CorrectiveAction = row.CorrectiveAction?.Trim() ?? string.Empty,
            };
        }).ToList();

        return (form with
        {
            AnnualBudget = budget,
            ExecutedJanuaryToJune = executed,
            ForecastFullYearExecution = forecast,
            StatedExecutionRate = budget > 0m ? new StatedPercentage(Math.Round(executed / budget * 100m, 2, MidpointRounding.AwayFromZero), 2) : null,
            ExecutionShortfallExplanation = input.ExecutionShortfallExplanation?.Trim() ?? string.Empty,
            Indicators = indicators,
        }, errors);
    }

    /// <summary>An amount as saved (its own decimals), so an untouched field saves unchanged and the diff shows no change.</summary>
    public static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
