namespace PerfWorkflow.Portal.Forms;

/// <summary>The 部门整体支出绩效自评表 editor as posted: money and rates as typed, the texts, the stated score and grade, one row per indicator.</summary>
public sealed class EvaluationInput
{
    public string? InitialBudget { get; set; }

    public string? AdjustedBudget { get; set; }

    public string? ActualExpenditure { get; set; }

    public string? StatedExecutionRate { get; set; }

    public string? ExpectedTarget { get; set; }

    public string? TargetCompletion { get; set; }

    public string? KeyProjectPerformance { get; set; }

    public string? OverallPerformance { get; set; }

    public string? Problems { get; set; }

    public string? ImprovementMeasures { get; set; }

    public string? ExecutionShortfallExplanation { get; set; }

    public string? StatedScore { get; set; }

    public string? StatedGrade { get; set; }

    public List<EvaluationRowInput> Rows { get; set; } = [];
}
