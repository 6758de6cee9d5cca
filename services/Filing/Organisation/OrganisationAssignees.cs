using PerfWorkflow.Domain.Approvals;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Who holds each reviewing role for a department, from the region's organisation: the department's own head, its
/// supervising department's reviewers, and the bureau's finance division and performance office.
/// </summary>
public sealed class OrganisationAssignees(IReadOnlyList<DepartmentRecord> departments, IReadOnlyList<UserRecord> users) : IApprovalAssigneeResolver
{
    public IReadOnlyList<string> AssigneesFor(string roleKey, string departmentId)
    {
        var department = departments.Single(d => d.Id == departmentId);
        var holders = roleKey switch
        {
            Roles.DepartmentHead => users.Where(u => u.DepartmentId == department.Id),
            Roles.SupervisingReviewer when department.SupervisingDepartmentId is { } parent => users.Where(u => u.DepartmentId == parent),
            Roles.SupervisingReviewer => [],
            Roles.FinanceDivision or Roles.PerformanceOffice => users.Where(u => u.Region == department.Region),
            _ => [],
        };
        return holders.Where(u => u.Role == roleKey).Select(u => u.Id).ToList();
    }
}
