using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Who may see and start what. A department's people see only their own department's filings (a supervising
/// department also its secondary units'); the finance bureau's people see their whole region. Whether a reviewer may
/// decide on a step is the filing's own rule (the step's assignees), checked by the domain.
/// </summary>
public static class FilingAccess
{
    public static bool IsBureau(CurrentUser user) => Roles.IsBureau(user.Role);

    public static bool CanSee(CurrentUser user, string departmentRegion, string departmentId, string? supervisingDepartmentId) =>
        user.Region == departmentRegion
        && (IsBureau(user) || user.DepartmentId == departmentId || (user.DepartmentId is not null && user.DepartmentId == supervisingDepartmentId));

    public static bool CanFileFor(CurrentUser user, string departmentId) =>
        user.Role == Roles.Filer && user.DepartmentId == departmentId;

    public static bool CanOpenFiling(CurrentUser user, string departmentId) =>
        user.Role == Roles.PerformanceOffice || CanFileFor(user, departmentId);
}
