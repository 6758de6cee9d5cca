namespace PerfWorkflow.Domain.Rectification;

/// <summary>Where a problem that needs 整改 was found.</summary>
public enum RectificationSource
{
    /// <summary>绩效运行监控: a deviation found mid-year.</summary>
    Monitoring = 1,

    /// <summary>绩效自评: a measure the self-evaluation report lists.</summary>
    SelfEvaluation = 2,

    /// <summary>财政评审 / 审核意见: the finance bureau's review comments.</summary>
    Review = 3,

    /// <summary>第三方评价.</summary>
    ThirdPartyReview = 4,

    /// <summary>审计.</summary>
    Audit = 5,
}
