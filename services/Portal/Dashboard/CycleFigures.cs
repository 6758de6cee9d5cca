using System.Text.Json;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Dashboard;

/// <summary>
/// The cycle dashboard's figures, computed from the filings the Filing API returns for a year. A filing counts in
/// the stage it is working on (its active stage) by that form's state, and as done in every earlier stage.
/// </summary>
public static class CycleFigures
{
    public static readonly IReadOnlyList<CycleStage> Stages = [CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation, CycleStage.Rectification];

    /// <param name="overdue">The filings Workflow reports overdue in their current stage (the form still with the filer past its due date).</param>
    public static IReadOnlyList<StageCount> Counts(IReadOnlyList<FilingDto> filings, IReadOnlySet<Guid> overdue) =>
        Stages.Select(stage =>
        {
            var here = filings.Where(f => PositionOf(f) == stage).ToList();
            var passed = filings.Count(f => PositionOf(f) > stage);
            return new StageCount(
                stage.ToString(),
                here.Count(f => f.State == "Draft"),
                here.Count(f => f.State == "InReview"),
                here.Count(f => f.State == "Returned"),
                here.Count(f => f.State == "Approved") + passed,
                Overdue: here.Count(f => overdue.Contains(f.Id)));
        }).ToList();

    public static IReadOnlyList<(string Grade, int Count)> Grades(IReadOnlyList<FilingDto> filings) =>
        new[] { "优", "良", "中", "差" }.Select(g => (g, filings.Count(f => f.Grade == g))).ToList();

    public static CycleStage PositionOf(FilingDto filing) =>
        Enum.TryParse<CycleStage>(filing.ActiveStage, out var stage) ? stage : CycleStage.Declaration;

    /// <summary>Budget and execution as the self-evaluation form states them (自评表: 调整预算/实际支出; 自评报告: 全年预算数/执行数).</summary>
    public static (decimal Budget, decimal Executed)? ExecutionOf(IReadOnlyList<FormDto> selfEvaluationForms)
    {
        foreach (var form in selfEvaluationForms.OrderBy(f => f.Kind == nameof(FormKind.SelfEvaluationTable) ? 0 : 1))
        {
            var (budgetField, executedField) = form.Kind == nameof(FormKind.SelfEvaluationTable) ? ("adjustedBudget", "actualExpenditure") : ("annualBudget", "executed");
            if (Number(form.Document, budgetField) is { } budget and > 0m && Number(form.Document, executedField) is { } executed)
            {
                return (budget, executed);
            }
        }

        return null;
    }

    private static decimal? Number(JsonElement document, string name) =>
        document.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
