namespace PerfWorkflow.Portal;

/// <summary>
/// The Chinese names the filing page prints for the cycle changes Workflow records ("stage-opened", "returned" …;
/// spelled in <see cref="PerfWorkflow.Contracts.CycleChanges"/>).
/// </summary>
public static class CycleChangeNames
{
    public static string Of(string change) => change switch
    {
        PerfWorkflow.Contracts.CycleChanges.Opened => "建档",
        PerfWorkflow.Contracts.CycleChanges.StageOpened => "阶段开启",
        PerfWorkflow.Contracts.CycleChanges.Submitted => "提交",
        PerfWorkflow.Contracts.CycleChanges.Returned => "退回修改",
        PerfWorkflow.Contracts.CycleChanges.Withdrawn => "撤回",
        PerfWorkflow.Contracts.CycleChanges.Approved => "审核通过",
        _ => change,
    };
}
