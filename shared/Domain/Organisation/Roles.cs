namespace PerfWorkflow.Domain.Organisation;

/// <summary>The roles people hold; stored as these strings.</summary>
public static class Roles
{
    /// <summary>填报人: the department clerk who fills and submits forms.</summary>
    public const string Filer = "filer";

    /// <summary>部门负责人: signs the department's forms first.</summary>
    public const string DepartmentHead = "department-head";

    /// <summary>主管部门审核人: reviews for a secondary unit's supervising department.</summary>
    public const string SupervisingReviewer = "supervising-reviewer";

    /// <summary>财政业务科室: the finance bureau division that handles the department.</summary>
    public const string FinanceDivision = "finance-division";

    /// <summary>绩效管理科: the finance bureau's performance office; sees the whole region.</summary>
    public const string PerformanceOffice = "performance-office";

    /// <summary>Every role an account may hold.</summary>
    public static IReadOnlyList<string> All { get; } = [Filer, DepartmentHead, SupervisingReviewer, FinanceDivision, PerformanceOffice];

    public static bool IsKnown(string? role) => role is Filer or DepartmentHead or SupervisingReviewer or FinanceDivision or PerformanceOffice;

    /// <summary>The roles that act for one department, so an account holding one must name it (and no other account keeps one).</summary>
    public static bool BelongsToDepartment(string? role) => role is Filer or DepartmentHead or SupervisingReviewer;

    /// <summary>The finance bureau's people see every department of their region.</summary>
    public static bool IsBureau(string role) => role is FinanceDivision or PerformanceOffice;

    public static string NameOf(string role) => role switch
    {
        Filer => "填报人",
        DepartmentHead => "部门负责人",
        SupervisingReviewer => "主管部门",
        FinanceDivision => "财政业务科室",
        PerformanceOffice => "绩效管理科",
        _ => role,
    };
}
