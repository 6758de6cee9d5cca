using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>The visibility check every read of and action on a filing starts with.</summary>
public static class FilingVisibility
{
    /// <summary>Refuses (403) when the caller may not see the department's filings; no caller means the system acts.</summary>
    public static async Task RequireVisibleAsync(this DepartmentPlacements placements, FilingDbContext db, CurrentUser? user, string departmentId, CancellationToken cancellationToken)
    {
        if (user is null)
        {
            return;
        }

        // A filing's department always exists (a foreign key): missing, it is our fault, not the caller's.
        var department = await placements.OfAsync(db, departmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Department {departmentId} of a filing does not exist.");
        if (!FilingAccess.CanSee(user, department.Region, departmentId, department.SupervisingDepartmentId))
        {
            throw new AccessDeniedException("filing.not-visible", "您无权查看其他部门的绩效管理档案。");
        }
    }
}
