using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>
/// The Filing HTTP API: departments, filings, and the actions on a filing. Every action accepts an
/// <c>Idempotency-Key</c> header: a retried request with the same key gets the first answer and never acts twice.
/// </summary>
public static class FilingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Filing").RequireAuthorization();

        api.MapGet("/departments", async (ClaimsPrincipal principal, FilingDbContext db, CancellationToken ct) =>
        {
            var user = Caller.Of(principal);
            var departments = await db.Departments.AsNoTracking().Where(d => d.Region == user.Region).OrderBy(d => d.Name).ToListAsync(ct);
            return departments.Where(d => FilingAccess.CanSee(user, d.Region, d.Id, d.SupervisingDepartmentId))
                .Select(d => new { d.Id, d.Name, d.Region, d.SupervisingDepartmentId });
        });

        api.MapGet("/filings", async (ClaimsPrincipal principal, FilingDbContext db, string? departmentId, int? fiscalYear, CancellationToken ct) =>
        {
            var user = Caller.Of(principal);
            var visible = (await db.Departments.AsNoTracking().Where(d => d.Region == user.Region).ToListAsync(ct))
                .Where(d => FilingAccess.CanSee(user, d.Region, d.Id, d.SupervisingDepartmentId))
                .Select(d => d.Id)
                .ToList();
            var query = db.Filings.AsNoTracking().Where(f => visible.Contains(f.DepartmentId));
            if (departmentId is not null)
            {
                query = query.Where(f => f.DepartmentId == departmentId);
            }

            if (fiscalYear is not null)
            {
                query = query.Where(f => f.FiscalYear == fiscalYear);
            }

            var records = await query.OrderBy(f => f.FiscalYear).ThenBy(f => f.DepartmentId).ToListAsync(ct);
            return records.Select(FilingStore.ViewOf);
        });

        api.MapGet("/filings/{id:guid}", async (Guid id, ClaimsPrincipal principal, FilingActions actions, CancellationToken ct) =>
            await actions.FindAsync(Caller.Of(principal), id, ct) is { } view
                ? Results.Ok(view)
                : throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。"));

        api.MapPost("/filings", async (OpenFilingRequest request, ClaimsPrincipal principal, FilingActions actions, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(!string.IsNullOrWhiteSpace(request.DepartmentId), "departmentId", "请选择填报部门。")
                .Require(request.FiscalYear is >= 2000 and <= 2100, "fiscalYear", "预算年度应为 2000 至 2100 之间的年份。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var view = await actions.OpenAsync(Caller.Of(principal), request.DepartmentId!, request.FiscalYear!.Value, ct);
            return Results.Created($"/api/filings/{view.Id}", view);
        });

        FilingActionEndpoints.Map(api.MapGroup("/filings/{id:guid}"));
    }
}
