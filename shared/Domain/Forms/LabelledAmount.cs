namespace PerfWorkflow.Domain.Forms;

/// <summary>An amount in 万元 with the words a report states it under ("一般公共预算财政拨款支出 1104.37 万元").</summary>
public sealed record LabelledAmount(string Label, decimal Amount);
