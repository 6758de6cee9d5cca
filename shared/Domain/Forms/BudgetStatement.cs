namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// The department's budget, execution and rate as one sentence of a 自评报告 states them ("全年预算数 1153.25 万元，
/// 执行数 1104.37 万元，完成预算的 95.8%"). Amounts in 万元.
/// </summary>
public sealed record BudgetStatement(decimal Budget, decimal Executed, StatedPercentage? StatedExecutionRate);
