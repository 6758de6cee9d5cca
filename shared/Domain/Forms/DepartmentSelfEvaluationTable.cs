namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// 部门整体支出绩效自评表 (自评). Amounts in 万元. 年度预算调整数 should equal 调整预算 − 年初预算;
/// 预算完成率 = 实际支出 ÷ 调整预算 and 预算调整率 = 年度预算调整数 ÷ 年初预算, checked at the precision stated.
/// </summary>
public sealed record DepartmentSelfEvaluationTable : IFormDocument
{
    public required string DepartmentName { get; init; }

    /// <summary>被评价年度.</summary>
    public int EvaluatedYear { get; init; }

    /// <summary>部门年初预算收入.</summary>
    public decimal InitialBudget { get; init; }

    /// <summary>部门调整预算收入.</summary>
    public decimal AdjustedBudget { get; init; }

    /// <summary>年度预算调整数 as written.</summary>
    public decimal BudgetAdjustment { get; init; }

    /// <summary>实际支出数.</summary>
    public decimal ActualExpenditure { get; init; }

    /// <summary>其中：一般公共预算; null when the form leaves it out.</summary>
    public decimal? GeneralPublicBudgetExpenditure { get; init; }

    /// <summary>预算完成率 as written.</summary>
    public StatedPercentage? StatedExecutionRate { get; init; }

    /// <summary>预算调整率 as written.</summary>
    public StatedPercentage? StatedAdjustmentRate { get; init; }

    /// <summary>部门整体支出的预期目标.</summary>
    public string ExpectedTarget { get; init; } = "";

    /// <summary>部门整体支出的目标完成情况.</summary>
    public string TargetCompletion { get; init; } = "";

    /// <summary>主要任务 with their indicators and money.</summary>
    public IReadOnlyList<SelfEvaluationTask> Tasks { get; init; } = [];

    /// <summary>重点项目绩效情况.</summary>
    public string KeyProjectPerformance { get; init; } = "";

    /// <summary>部门整体绩效.</summary>
    public string OverallPerformance { get; init; } = "";

    /// <summary>存在问题.</summary>
    public string Problems { get; init; } = "";

    /// <summary>改进措施或下一步计划.</summary>
    public string ImprovementMeasures { get; init; } = "";

    /// <summary>自评得分 (total score), when the form states one.</summary>
    public decimal? StatedScore { get; init; }

    /// <summary>自评等级 as written (优/良/中/差), when the form states one; must match the score by the grade bands.</summary>
    public string StatedGrade { get; init; } = "";

    /// <summary>Why execution fell short, when the department wrote it; required below 90 % (docs/domain.md §2).</summary>
    public string ExecutionShortfallExplanation { get; init; } = "";

    StatedYear? IFormDocument.StatedYear => new(EvaluatedYear, "evaluatedYear", "被评价年度");
}
