namespace PerfWorkflow.Domain.Forms;

/// <summary>Where a 整改 item was raised.</summary>
public enum RectificationSource
{
    /// <summary>绩效运行监控.</summary>
    Monitoring,

    /// <summary>绩效自评.</summary>
    SelfEvaluation,

    /// <summary>财政部门评审/复核.</summary>
    FinanceReview,

    /// <summary>第三方评价.</summary>
    ThirdPartyReview,

    /// <summary>审计.</summary>
    Audit,
}
