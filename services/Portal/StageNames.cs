namespace PerfWorkflow.Portal;

/// <summary>The Chinese names the pages print for stage keys and cycle changes the services send.</summary>
public static class StageNames
{
    public static string Of(string stage) =>
        Enum.TryParse<PerfWorkflow.Domain.Filings.CycleStage>(stage, out var known) ? PerfWorkflow.Domain.Filings.CycleStageNames.Of(known) : stage;

    public static string OfChange(string change) => change switch
    {
        "opened" => "建档",
        "stage-opened" => "阶段开启",
        "submitted" => "提交",
        "returned" => "退回修改",
        "withdrawn" => "撤回",
        "approved" => "审核通过",
        _ => change,
    };
}
