using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Resolves the approval chain a department's form goes through against the organisation tree:
/// 部门负责人 → (主管部门, for a secondary unit) → 财政业务科室 (或签) → 绩效管理科 (或签).
/// </summary>
public sealed class ApprovalChainResolver(FilingDbContext db)
{
    public async Task<ApprovalChain> ResolveAsync(string departmentId, CycleStage stage, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == departmentId, cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Region == department.Region
                && (u.DepartmentId == department.Id || u.DepartmentId == department.SupervisingDepartmentId || u.DepartmentId == null))
            .ToListAsync(cancellationToken);

        var steps = new List<ApprovalStep>();
        void AddStep(string role, IEnumerable<UserRecord> candidates, SignMode modeWhenSeveral)
        {
            var ids = candidates.Select(u => u.Id).Order(StringComparer.Ordinal).ToList();
            if (ids.Count == 0)
            {
                throw new FilingRuleException("chain.role-vacant", $"“{department.Name}”的审批链缺少“{Roles.NameOf(role)}”，请先在组织机构中指定人员。");
            }

            steps.Add(new ApprovalStep(steps.Count + 1, Roles.NameOf(role), ids.Count == 1 ? SignMode.Single : modeWhenSeveral, ids));
        }

        AddStep(Roles.DepartmentHead, users.Where(u => u.Role == Roles.DepartmentHead && u.DepartmentId == department.Id), SignMode.Any);
        if (department.SupervisingDepartmentId is not null)
        {
            AddStep(Roles.SupervisingReviewer, users.Where(u => u.Role == Roles.SupervisingReviewer && u.DepartmentId == department.SupervisingDepartmentId), SignMode.Any);
        }

        AddStep(Roles.FinanceDivision, users.Where(u => u.Role == Roles.FinanceDivision), SignMode.Any);
        AddStep(Roles.PerformanceOffice, users.Where(u => u.Role == Roles.PerformanceOffice), SignMode.Any);
        return ApprovalChain.Create($"{department.Region}/{stage}", 1, steps);
    }
}
