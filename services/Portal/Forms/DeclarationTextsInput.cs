namespace PerfWorkflow.Portal.Forms;

/// <summary>The texts of the 部门整体预算绩效目标申报表 as posted: 总体绩效目标, 年度重点工作任务, 其他需完成的任务.</summary>
public sealed class DeclarationTextsInput
{
    public string? OverallTarget { get; set; }

    public List<KeyTaskInput> KeyTasks { get; set; } = [];

    public string? OtherTasks { get; set; }
}
