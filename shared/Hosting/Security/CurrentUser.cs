using System.Security.Claims;

namespace PerfWorkflow.Hosting.Security;

/// <summary>Who is calling, as the token says: their id, role, department (for department roles) and region.</summary>
public sealed record CurrentUser(string UserId, string DisplayName, string Role, string? DepartmentId, string Region)
{
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(PerfWorkflowClaims.UserId);
        var role = principal.FindFirstValue(PerfWorkflowClaims.Role);
        var region = principal.FindFirstValue(PerfWorkflowClaims.Region);
        if (id is null || role is null || region is null)
        {
            return null;
        }

        return new CurrentUser(id, principal.FindFirstValue(PerfWorkflowClaims.Name) ?? id, role, principal.FindFirstValue(PerfWorkflowClaims.DepartmentId), region);
    }
}
