namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// 部门整体支出绩效自评报告: the prose report filed with the 自评表. The headed sections are kept in full; the parts
/// later stages use (conclusion, problems, measures, money) are lifted out. Amounts in 万元.
/// </summary>
public sealed record SelfEvaluationReport : IFormDocument
{
    public required string DepartmentName { get; init; }

    public int FiscalYear { get; init; }

    /// <summary>Every section in the order written.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>基本情况 (all its sub-sections joined).</summary>
    public string BasicInformation { get; init; } = "";

    /// <summary>自评结论综述 as written.</summary>
    public string ConclusionSummary { get; init; } = "";

    /// <summary>自评得分 stated in the conclusion.</summary>
    public decimal? Score { get; init; }

    /// <summary>等级 as written (优/良/中/差).</summary>
    public string Grade { get; init; } = "";

    /// <summary>存在的主要问题.</summary>
    public string Problems { get; init; } = "";

    /// <summary>下一步改进措施.</summary>
    public string ImprovementMeasures { get; init; } = "";

    /// <summary>全年预算数.</summary>
    public decimal? AnnualBudget { get; init; }

    /// <summary>执行数.</summary>
    public decimal? Executed { get; init; }

    /// <summary>完成预算的 …% as written.</summary>
    public StatedPercentage? StatedExecutionRate { get; init; }

    /// <summary>按支出性质 · 基本支出.</summary>
    public decimal? BasicExpenditure { get; init; }

    /// <summary>按支出性质 · 项目支出.</summary>
    public decimal? ProjectExpenditure { get; init; }

    /// <summary>Projects whose execution the report states.</summary>
    public IReadOnlyList<ProjectExecutionSummary> ProjectExecutions { get; init; } = [];

    /// <summary>Why execution fell short, when the report says so.</summary>
    public string ExecutionShortfallExplanation { get; init; } = "";

    /// <summary>
    /// The department's totals stated again after the first time (the 自评结论综述 usually repeats them); each must
    /// agree with the first statement and with itself.
    /// </summary>
    public IReadOnlyList<BudgetStatement> BudgetRestatements { get; init; } = [];

    /// <summary>按资金来源分: the spending by source of funds, which must add up to the amount executed.</summary>
    public IReadOnlyList<LabelledAmount> FundingSources { get; init; } = [];

    /// <summary>Project money the report says it evaluated ("共涉及资金 612.89万元").</summary>
    public decimal? EvaluatedProjectFunds { get; init; }

    /// <summary>Its stated share of 项目支出 ("占一般公共预算项目支出总额的 100%").</summary>
    public StatedPercentage? StatedEvaluatedProjectShare { get; init; }

    /// <summary>
    /// Where in <see cref="Sections"/> each figure was read, by the figure's field path ("budget.executionRate",
    /// "projectExecutions[0]", "budgetRestatements[0]", "budget.fundingSources", "conclusion.score"): a sentence locator
    /// "sections[8].paragraphs[0].sentences[1]". Findings point there, so a reviewer sees the sentence at fault.
    /// </summary>
    public IReadOnlyDictionary<string, string> SentenceLocators { get; init; } = new Dictionary<string, string>();

    StatedYear? IFormDocument.StatedYear => new(FiscalYear, "fiscalYear", "年度");
}
