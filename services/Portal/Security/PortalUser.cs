using System.Security.Claims;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;

namespace PerfWorkflow.Portal.Security;

/// <summary>What the pages ask of the signed-in person: role, department, and whether they file for a department.</summary>
public static class PortalUser
{
    public const string PerformanceOfficePolicy = "portal-performance-office";

    public static string? Role(this ClaimsPrincipal user) => user.FindFirst(PerfWorkflowClaims.Role)?.Value;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirst(PerfWorkflowClaims.UserId)?.Value;

    public static string? DepartmentId(this ClaimsPrincipal user) => user.FindFirst(PerfWorkflowClaims.DepartmentId)?.Value;

    public static bool IsFilerOf(this ClaimsPrincipal user, string departmentId) =>
        user.Role() == Roles.Filer && user.DepartmentId() == departmentId;

    public static bool IsPerformanceOffice(this ClaimsPrincipal user) => user.Role() == Roles.PerformanceOffice;

    public static bool IsBureau(this ClaimsPrincipal user) => user.Role() is { } role && Roles.IsBureau(role);

    public static bool IsReviewer(this ClaimsPrincipal user) => user.Role() is Roles.DepartmentHead or Roles.SupervisingReviewer or Roles.FinanceDivision or Roles.PerformanceOffice;
}
