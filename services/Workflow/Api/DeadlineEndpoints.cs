using System.Security.Claims;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow.Api;

/// <summary>
/// The deadline board: each filing's current stage, due date, working days left or days overdue, and the last
/// reminder sent. The finance bureau sees its whole region; a department's people their own filings.
/// </summary>
public static class DeadlineEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/workflow").WithTags("Workflow").RequireAuthorization().AddEndpointFilter<OwnRegionFilter>();

        api.MapGet("/deadlines", async (ClaimsPrincipal principal, DeadlineBoard board, int? fiscalYear, Guid? filingId, CancellationToken ct) =>
        {
            var user = CurrentUser.From(principal) ?? throw new AccessDeniedException("deadline.forbidden", "请先登录。");
            var department = Roles.IsBureau(user.Role) ? null : user.DepartmentId ?? string.Empty;
            return Results.Ok(await board.ReadAsync(user.Region, department, fiscalYear, filingId, ct));
        });
    }
}
