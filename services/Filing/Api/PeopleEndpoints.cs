using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Api;

/// <summary>
/// Who is who in the caller's region — id, name, role, department — so that pages name people ("财政局业务一科 张科长")
/// instead of printing account ids. Everyone signed in may read it: the names are the ones on every signed form.
/// </summary>
public static class PeopleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/organisation").WithTags("Organisation").RequireAuthorization()
            .MapGet("/people", async (ClaimsPrincipal principal, FilingDbContext db, CancellationToken ct) =>
            {
                var region = Caller.Of(principal).Region;
                return await db.Users.AsNoTracking().Where(u => u.Region == region).OrderBy(u => u.Id)
                    .Select(u => new { id = u.Id, displayName = u.DisplayName, role = u.Role, roleName = Roles.NameOf(u.Role), departmentId = u.DepartmentId })
                    .ToListAsync(ct);
            });
}
