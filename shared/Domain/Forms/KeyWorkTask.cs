namespace PerfWorkflow.Domain.Forms;

/// <summary>One 年度重点工作任务 of a department declaration.</summary>
/// <param name="Name">名称.</param>
/// <param name="Content">主要实施内容.</param>
/// <param name="PlannedFunds">拟投入的资金（万元）; null when the form leaves it empty.</param>
/// <param name="ExpectedOutcome">期望达到的目标（概述）.</param>
public sealed record KeyWorkTask(string Name, string Content, decimal? PlannedFunds, string ExpectedOutcome);
