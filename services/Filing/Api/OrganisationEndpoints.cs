using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>
/// The region's organisation as the performance office keeps it: departments and the people who act for them.
/// Local accounts get a password here; with an OIDC provider the ids must match the provider's subject claims.
/// </summary>
public static class OrganisationEndpoints
{
    private static readonly string[] KnownRoles = [Roles.Filer, Roles.DepartmentHead, Roles.SupervisingReviewer, Roles.FinanceDivision, Roles.PerformanceOffice];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var organisation = endpoints.MapGroup("/api/organisation").WithTags("Organisation").RequireAuthorization();

        organisation.MapPost("/departments", async (DepartmentRequest request, ClaimsPrincipal p, FilingDbContext db, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var errors = new FieldErrors()
                .Require(IsPlainId(request.Id), "id", "部门编号只能包含字母、数字、连字符和下划线（1–64 位）。")
                .Require(!string.IsNullOrWhiteSpace(request.Name), "name", "请填写部门名称。")
                .Limit(request.Name, 200, "name");
            if (request.SupervisingDepartmentId is { } parent && !await db.Departments.AnyAsync(d => d.Id == parent && d.Region == office.Region, ct))
            {
                errors.Add("supervisingDepartmentId", "主管部门不存在。");
            }

            if (errors.Any)
            {
                return errors.ToResult();
            }

            db.Departments.Add(new DepartmentRecord { Id = request.Id!, Name = request.Name!.Trim(), Region = office.Region, SupervisingDepartmentId = request.SupervisingDepartmentId });
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/departments/{request.Id}", new { request.Id, request.Name, office.Region, request.SupervisingDepartmentId });
        });

        organisation.MapPost("/users", async (UserRequest request, ClaimsPrincipal p, FilingDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var departmentRole = request.Role is Roles.Filer or Roles.DepartmentHead or Roles.SupervisingReviewer;
            var errors = new FieldErrors()
                .Require(IsPlainId(request.Id), "id", "账号只能包含字母、数字、连字符和下划线（1–64 位）。")
                .Require(!string.IsNullOrWhiteSpace(request.DisplayName), "displayName", "请填写姓名。")
                .Require(KnownRoles.Contains(request.Role), "role", "角色应为填报人、部门负责人、主管部门、财政业务科室或绩效管理科之一。")
                .Require(request.Password is { Length: >= 8 }, "password", "初始密码至少 8 位。")
                .Limit(request.DisplayName, 100, "displayName")
                .Limit(request.Password, 200, "password");
            if (departmentRole && (request.DepartmentId is null || !await db.Departments.AnyAsync(d => d.Id == request.DepartmentId && d.Region == office.Region, ct)))
            {
                errors.Add("departmentId", "部门角色必须指定本地区已有的部门。");
            }

            if (errors.Any)
            {
                return errors.ToResult();
            }

            db.Users.Add(new UserRecord
            {
                Id = request.Id!,
                DisplayName = request.DisplayName!.Trim(),
                Role = request.Role!,
                DepartmentId = departmentRole ? request.DepartmentId : null,
                Region = office.Region,
                PasswordHash = PasswordHashing.Hash(request.Password!),
            });

            // Notification learns the person from the same commit (its directory decides who hears of what).
            OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/organisation/users/{request.Id}", new { request.Id, request.DisplayName, request.Role, request.DepartmentId, office.Region });
        });
    }

    private static Hosting.Security.CurrentUser RequireOffice(ClaimsPrincipal principal)
    {
        var user = Caller.Of(principal);
        return user.Role == Roles.PerformanceOffice
            ? user
            : throw new AccessDeniedException("organisation.denied", "只有绩效管理科可以维护组织机构和账号。");
    }

    internal static bool IsPlainId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
