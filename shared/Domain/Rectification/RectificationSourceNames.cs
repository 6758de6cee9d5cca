namespace PerfWorkflow.Domain.Rectification;

/// <summary>The names people read for each source of a rectification item.</summary>
public static class RectificationSourceNames
{
    public static string Of(RectificationSource source) => source switch
    {
        RectificationSource.Monitoring => "绩效运行监控",
        RectificationSource.SelfEvaluation => "绩效自评",
        RectificationSource.Review => "审核意见",
        RectificationSource.ThirdPartyReview => "第三方评价",
        RectificationSource.Audit => "审计",
        _ => source.ToString(),
    };
}
