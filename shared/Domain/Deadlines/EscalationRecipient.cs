namespace PerfWorkflow.Domain.Deadlines;

/// <summary>Who is told when a filing stays overdue.</summary>
public enum EscalationRecipient
{
    /// <summary>主管部门: the department a 二级单位 files through.</summary>
    SupervisingDepartment,

    /// <summary>财政局绩效科 (the finance bureau's performance office).</summary>
    PerformanceOffice,
}
