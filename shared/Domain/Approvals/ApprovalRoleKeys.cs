namespace PerfWorkflow.Domain.Approvals;

/// <summary>The role keys chain definitions name; the organisation tree stores people's roles as these strings.</summary>
public static class ApprovalRoleKeys
{
    /// <summary>部门负责人: signs the department's forms first.</summary>
    public const string DepartmentHead = "department-head";

    /// <summary>主管部门审核人: reviews for a secondary unit's supervising department.</summary>
    public const string SupervisingReviewer = "supervising-reviewer";

    /// <summary>财政业务科室: the finance bureau division that handles the department.</summary>
    public const string FinanceDivision = "finance-division";

    /// <summary>绩效管理科: the finance bureau's performance office.</summary>
    public const string PerformanceOffice = "performance-office";

    public static string NameOf(string roleKey) => roleKey switch
    {
        DepartmentHead => "部门负责人",
        SupervisingReviewer => "主管部门",
        FinanceDivision => "财政业务科室",
        PerformanceOffice => "绩效管理科",
        _ => roleKey,
    };
}
