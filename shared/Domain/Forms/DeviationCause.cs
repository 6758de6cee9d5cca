namespace PerfWorkflow.Domain.Forms;

/// <summary>偏差原因 categories of a 绩效运行监控表; several may apply to one indicator.</summary>
public enum DeviationCause
{
    /// <summary>经费保障.</summary>
    Funding,

    /// <summary>制度保障.</summary>
    Institutional,

    /// <summary>人员保障.</summary>
    Staffing,

    /// <summary>硬件条件保障.</summary>
    Facilities,

    /// <summary>其他.</summary>
    Other,
}
