using System.Security.Claims;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>
/// The organisation's audit trail (departments, accounts, approval chains, sign-ins) and the check that nobody
/// altered it; read by the performance office, which keeps the organisation and answers for it.
/// </summary>
public static class OrganisationAuditEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/organisation/audit").WithTags("Audit").RequireAuthorization();

        audit.MapGet("/", async (ClaimsPrincipal p, OrganisationAudit trail, CancellationToken ct) =>
        {
            var lines = await trail.LinesOfAsync(RequireOffice(p).Region, ct);
            return Results.Ok(lines.Select(l => new { l.Sequence, l.At, l.Actor, l.Action, l.Subject, l.Detail, l.Region }));
        });

        audit.MapGet("/verify", async (ClaimsPrincipal p, OrganisationAudit trail, CancellationToken ct) =>
        {
            RequireOffice(p);
            var (result, lines) = await trail.VerifyAsync(ct);
            return Results.Ok(new
            {
                result.IsIntact,
                result.FirstBrokenSequence,
                Break = result.Break?.ToString(),
                Entries = lines,
                Message = result.IsIntact ? "组织机构审计记录完整，未发现篡改。" : $"组织机构审计记录自第 {result.FirstBrokenSequence} 条起不一致，可能已被篡改。",
            });
        });
    }

    private static Hosting.Security.CurrentUser RequireOffice(ClaimsPrincipal principal)
    {
        var user = Caller.Of(principal);
        return user.Role == Roles.PerformanceOffice
            ? user
            : throw new AccessDeniedException("organisation-audit.denied", "只有绩效管理科可以查看组织机构审计记录。");
    }
}
