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

        organisation.MapPost("/departments", async (DepartmentRequest request, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, CancellationToken ct) =>
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
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.DepartmentCreated, request.Id,
                $"名称：{request.Name!.Trim()}；主管部门：{request.SupervisingDepartmentId ?? "无"}", ct);
            return Results.Created($"/api/departments/{request.Id}", new { request.Id, request.Name, office.Region, request.SupervisingDepartmentId });
        });

        organisation.MapPost("/users", async (UserRequest request, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, TimeProvider time, CancellationToken ct) =>
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
                SecurityStamp = TokenRevocation.NewStamp(),
                CreatedBy = office.UserId,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });

            // Notification learns the person from the same commit (its directory decides who hears of what).
            OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.UserCreated, request.Id,
                $"姓名：{request.DisplayName!.Trim()}；角色：{Roles.NameOf(request.Role!)}；部门：{(departmentRole ? request.DepartmentId : "无")}", ct);
            return Results.Created($"/api/organisation/users/{request.Id}", new { request.Id, request.DisplayName, request.Role, request.DepartmentId, office.Region });
        });

        organisation.MapPut("/users/{id}", async (string id, UserChangeRequest request, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, TimeProvider time, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var user = await RegionUserAsync(db, id, office, ct);
            var role = request.Role ?? user.Role;
            var departmentRole = role is Roles.Filer or Roles.DepartmentHead or Roles.SupervisingReviewer;
            var departmentId = departmentRole ? request.DepartmentId ?? user.DepartmentId : null;
            var errors = new FieldErrors()
                .Require(KnownRoles.Contains(role), "role", "角色应为填报人、部门负责人、主管部门、财政业务科室或绩效管理科之一。")
                .Require(request.DisplayName is null || !string.IsNullOrWhiteSpace(request.DisplayName), "displayName", "请填写姓名。")
                .Require(!(request.Disabled == true && id == office.UserId), "disabled", "不能停用自己的账号。")
                .Require(!(role != Roles.PerformanceOffice && id == office.UserId), "role", "不能改变自己的角色。")
                .Limit(request.DisplayName, 100, "displayName");
            if (departmentRole && (departmentId is null || !await db.Departments.AnyAsync(d => d.Id == departmentId && d.Region == office.Region, ct)))
            {
                errors.Add("departmentId", "部门角色必须指定本地区已有的部门。");
            }

            if (errors.Any)
            {
                return errors.ToResult();
            }

            // A new role, department or a disabled account: what earlier tokens say is no longer true.
            var disabled = request.Disabled ?? user.Disabled;
            var displayName = request.DisplayName?.Trim() ?? user.DisplayName;
            var changes = UserChanges.Describe(user, displayName, role, departmentId, disabled);
            if (role != user.Role || departmentId != user.DepartmentId || disabled != user.Disabled)
            {
                TokenRevocation.RevokeAll(db, user, time.GetUtcNow());
                changes += "；原有令牌已吊销";
            }

            user.DisplayName = displayName;
            user.Role = role;
            user.DepartmentId = departmentId;
            user.Disabled = disabled;
            OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.UserChanged, id, changes, ct);
            return Results.Ok(new { user.Id, user.DisplayName, user.Role, user.DepartmentId, user.Region, user.Disabled });
        });

        // Every token of the account is refused from now on; the account itself still signs in.
        organisation.MapPost("/users/{id}/revoke-tokens", async (string id, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, TimeProvider time, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var user = await RegionUserAsync(db, id, office, ct);
            TokenRevocation.RevokeAll(db, user, time.GetUtcNow());
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.TokensRevoked, id, "吊销该账号的全部令牌", ct);
            return Results.NoContent();
        });
    }

    private static async Task<UserRecord> RegionUserAsync(FilingDbContext db, string id, Hosting.Security.CurrentUser office, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.Region == office.Region, ct)
            ?? throw new ResourceNotFoundException("organisation.user-not-found", "本地区没有该账号。");

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
