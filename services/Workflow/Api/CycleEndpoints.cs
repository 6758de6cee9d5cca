using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Api;

/// <summary>
/// Each filing's place in the yearly cycle and the history of how it got there. The bureau sees every filing; a
/// department's people only their own department's.
/// </summary>
public static class CycleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/workflow").WithTags("Workflow").RequireAuthorization().AddEndpointFilter<OwnRegionFilter>();

        api.MapGet("/filings/{filingId:guid}", async (Guid filingId, ClaimsPrincipal principal, WorkflowDbContext db, CancellationToken ct) =>
        {
            var cycle = await db.FilingCycles.AsNoTracking().SingleOrDefaultAsync(c => c.FilingId == filingId, ct)
                ?? throw new ResourceNotFoundException("cycle.not-found", "流程中心尚未收到该档案的任何记录。");
            if (!MaySee(principal, cycle.DepartmentId))
            {
                throw new AccessDeniedException("cycle.not-visible", "您无权查看其他部门的流程记录。");
            }

            var history = await db.StageChanges.AsNoTracking().Where(c => c.FilingId == filingId)
                .OrderBy(c => c.OccurredAt).ToListAsync(ct);
            return Results.Ok(new { cycle, history });
        });

        api.MapGet("/filings", async (ClaimsPrincipal principal, WorkflowDbContext db, int? fiscalYear, CancellationToken ct) =>
        {
            var user = CurrentUser.From(principal);
            var ownDepartment = user is not null && Roles.IsBureau(user.Role) ? null : user?.DepartmentId ?? string.Empty;
            return await db.FilingCycles.AsNoTracking()
                .Where(c => fiscalYear == null || c.FiscalYear == fiscalYear)
                .Where(c => ownDepartment == null || c.DepartmentId == ownDepartment)
                .OrderBy(c => c.DepartmentId).ToListAsync(ct);
        });
    }

    private static bool MaySee(ClaimsPrincipal principal, string departmentId) =>
        CurrentUser.From(principal) is { } user && (Roles.IsBureau(user.Role) || user.DepartmentId == departmentId);
}
