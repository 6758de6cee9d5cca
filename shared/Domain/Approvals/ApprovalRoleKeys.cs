using PerfWorkflow.Domain.Organisation;

namespace PerfWorkflow.Domain.Approvals;

/// <summary>The role keys chain definitions name: the reviewing roles of <see cref="Roles"/>.</summary>
public static class ApprovalRoleKeys
{
    /// <summary>部门负责人: signs the department's forms first.</summary>
    public const string DepartmentHead = Roles.DepartmentHead;

    /// <summary>主管部门审核人: reviews for a secondary unit's supervising department.</summary>
    public const string SupervisingReviewer = Roles.SupervisingReviewer;

    /// <summary>财政业务科室: the finance bureau division that handles the department.</summary>
    public const string FinanceDivision = Roles.FinanceDivision;

    /// <summary>绩效管理科: the finance bureau's performance office.</summary>
    public const string PerformanceOffice = Roles.PerformanceOffice;

    public static string NameOf(string roleKey) => Roles.NameOf(roleKey);
}
