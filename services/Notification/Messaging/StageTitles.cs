namespace PerfWorkflow.Notification.Messaging;

/// <summary>The Chinese stage names inbox titles use (contracts carry the stage as its English key).</summary>
public static class StageTitles
{
    public static string Of(string stage) => stage switch
    {
        "Declaration" => "绩效目标申报",
        "Monitoring" => "绩效运行监控",
        "SelfEvaluation" => "绩效自评",
        "Rectification" => "整改",
        "Closed" => "已结束",
        _ => stage,
    };
}
