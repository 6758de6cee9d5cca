using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>The Filing HTTP API: departments, filings, and the actions on a filing's current stage.</summary>
public static class FilingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Filing");

        api.MapGet("/departments", async (FilingDbContext db, CancellationToken ct) =>
            await db.Departments.AsNoTracking().OrderBy(d => d.Name)
                .Select(d => new { d.Id, d.Name, d.Region, d.SupervisingDepartmentId })
                .ToListAsync(ct));

        api.MapGet("/filings", async (FilingDbContext db, string? departmentId, int? fiscalYear, CancellationToken ct) =>
        {
            var query = db.Filings.AsNoTracking();
            if (departmentId is not null)
            {
                query = query.Where(f => f.DepartmentId == departmentId);
            }

            if (fiscalYear is not null)
            {
                query = query.Where(f => f.FiscalYear == fiscalYear);
            }

            var records = await query.OrderBy(f => f.FiscalYear).ThenBy(f => f.DepartmentId).ToListAsync(ct);
            return records.Select(r => FilingView.Of(
                Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(r.Snapshot)),
                new DateTimeOffset(r.UpdatedAt, TimeSpan.Zero)));
        });

        api.MapGet("/filings/{id:guid}", async (Guid id, FilingActions actions, CancellationToken ct) =>
            await actions.FindAsync(id, ct) is { } view ? Results.Ok(view) : Results.Problem(statusCode: 404, title: "未找到", detail: "未找到该绩效管理档案。"));

        api.MapPost("/filings", async (OpenFilingRequest request, FilingActions actions, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(!string.IsNullOrWhiteSpace(request.DepartmentId), "departmentId", "请选择填报部门。")
                .Require(request.FiscalYear is >= 2000 and <= 2100, "fiscalYear", "预算年度应为 2000 至 2100 之间的年份。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var view = await actions.OpenAsync(request.DepartmentId!, request.FiscalYear!.Value, ct);
            return Results.Created($"/api/filings/{view.Id}", view);
        });

        api.MapPost("/filings/{id:guid}/submit", async (Guid id, ActorRequest request, FilingActions actions, CancellationToken ct) =>
            RequireUser(request.UserId) ?? Results.Ok(await actions.SubmitAsync(id, request.UserId!, ct)));

        api.MapPost("/filings/{id:guid}/withdraw", async (Guid id, ActorRequest request, FilingActions actions, CancellationToken ct) =>
            RequireUser(request.UserId) ?? Results.Ok(await actions.WithdrawAsync(id, request.UserId!, ct)));

        api.MapPost("/filings/{id:guid}/approve", async (Guid id, ReviewDecisionRequest request, FilingActions actions, CancellationToken ct) =>
            RequireUser(request.UserId) ?? Results.Ok(await actions.ApproveAsync(id, request.UserId!, request.Comment, ct)));

        api.MapPost("/filings/{id:guid}/return", async (Guid id, ReviewDecisionRequest request, FilingActions actions, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(!string.IsNullOrWhiteSpace(request.UserId), "userId", "缺少办理人。")
                .Require(!string.IsNullOrWhiteSpace(request.Comment), "comment", "退回修改必须填写退回意见。");
            return errors.Any
                ? errors.ToResult()
                : Results.Ok(await actions.ReturnAsync(id, request.UserId!, request.Comment!, request.ToPreviousStep, ct));
        });

        api.MapPost("/filings/{id:guid}/transfer", async (Guid id, TransferRequest request, FilingActions actions, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(!string.IsNullOrWhiteSpace(request.UserId), "userId", "缺少办理人。")
                .Require(!string.IsNullOrWhiteSpace(request.ToUserId), "toUserId", "请选择转办对象。");
            return errors.Any
                ? errors.ToResult()
                : Results.Ok(await actions.TransferAsync(id, request.UserId!, request.ToUserId!, request.Comment, ct));
        });
    }

    private static IResult? RequireUser(string? userId) =>
        string.IsNullOrWhiteSpace(userId) ? new FieldErrors().Require(false, "userId", "缺少办理人。").ToResult() : null;
}
