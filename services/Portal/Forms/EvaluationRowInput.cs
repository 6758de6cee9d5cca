namespace PerfWorkflow.Portal.Forms;

/// <summary>What the filer writes for one 关键指标 of the 自评表: its 实际完成值 and a note (偏差原因).</summary>
public sealed class EvaluationRowInput
{
    public string? Actual { get; set; }

    public string? Note { get; set; }
}
