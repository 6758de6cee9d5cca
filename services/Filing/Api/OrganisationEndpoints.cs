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
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var organisation = endpoints.MapGroup("/api/organisation").WithTags("Organisation").RequireAuthorization();

        organisation.MapPost("/departments", async (DepartmentRequest request, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var department = new NewDepartment(request.Id, request.Name, request.SupervisingDepartmentId);
            var supervisorExists = department.SupervisingDepartmentId is { } parent && await db.Departments.AnyAsync(d => d.Id == parent && d.Region == office.Region, ct);
            var errors = new FieldErrors().AddAll(DepartmentRules.ForNew(department, supervisorExists)).Limit(request.Name, 200, "name");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            db.Departments.Add(new DepartmentRecord { Id = request.Id!, Name = request.Name!.Trim(), Region = office.Region, SupervisingDepartmentId = request.SupervisingDepartmentId });
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.DepartmentCreated, request.Id,
                $"名称：{request.Name!.Trim()}；主管部门：{request.SupervisingDepartmentId ?? "无"}", ct);
            return Results.Created($"/api/departments/{request.Id}", new DepartmentView(request.Id!, request.Name!, office.Region, request.SupervisingDepartmentId));
        });

        organisation.MapPost("/users", async (UserRequest request, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, TimeProvider time, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var account = new NewAccount(request.Id, request.DisplayName, request.Role, request.DepartmentId, request.Password);
            var errors = new FieldErrors()
                .AddAll(AccountRules.ForNew(account, await DepartmentExistsAsync(db, account.KeptDepartmentId, office, ct)))
                .Limit(request.DisplayName, 100, "displayName")
                .Limit(request.Password, 200, "password");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            db.Users.Add(new UserRecord
            {
                Id = request.Id!,
                DisplayName = request.DisplayName!.Trim(),
                Role = request.Role!,
                DepartmentId = account.KeptDepartmentId,
                Region = office.Region,
                PasswordHash = PasswordHashing.Hash(request.Password!),
                SecurityStamp = TokenRevocation.NewStamp(),
                CreatedBy = office.UserId,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });

            // Notification learns the person from the same commit (its directory decides who hears of what).
            OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.UserCreated, request.Id,
                $"姓名：{request.DisplayName!.Trim()}；角色：{Roles.NameOf(request.Role!)}；部门：{account.KeptDepartmentId ?? "无"}", ct);
            return Results.Created($"/api/organisation/users/{request.Id}", new NewAccountView(request.Id!, request.DisplayName!, request.Role!, request.DepartmentId, office.Region));
        });

        organisation.MapPut("/users/{id}", async (string id, UserChangeRequest request, ClaimsPrincipal p, FilingDbContext db, OrganisationAudit audit, TimeProvider time, CancellationToken ct) =>
        {
            var office = RequireOffice(p);
            var user = await RegionUserAsync(db, id, office, ct);
            var before = new AccountSettings(user.DisplayName, user.Role, user.DepartmentId, user.Disabled);
            var change = new AccountChange(request.DisplayName, request.Role, request.DepartmentId, request.Disabled);
            var after = change.ApplyTo(before);
            var errors = new FieldErrors()
                .AddAll(AccountRules.ForChange(id, office.UserId, change, after, await DepartmentExistsAsync(db, after.DepartmentId, office, ct)))
                .Limit(request.DisplayName, 100, "displayName");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var changes = UserChanges.Describe(user, after.DisplayName, after.Role, after.DepartmentId, after.Disabled);
            if (after.OutdatesTokensOf(before))
            {
                TokenRevocation.RevokeAll(db, user, time.GetUtcNow());
                changes += "；原有令牌已吊销";
            }

            user.DisplayName = after.DisplayName;
            user.Role = after.Role;
            user.DepartmentId = after.DepartmentId;
            user.Disabled = after.Disabled;
            OrganisationMemberEvents.AddForChangedUsers(db, time.GetUtcNow());
            await audit.SaveWithAsync(office.Region, office.UserId, OrganisationAuditActions.UserChanged, id, changes, ct);
            return Results.Ok(new AccountView(user.Id, user.DisplayName, user.Role, user.DepartmentId, user.Region, user.Disabled));
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

    /// <summary>Whether <paramref name="departmentId"/> names one of the office's region's departments (false when it names none).</summary>
    private static async Task<bool> DepartmentExistsAsync(FilingDbContext db, string? departmentId, Hosting.Security.CurrentUser office, CancellationToken ct) =>
        departmentId is not null && await db.Departments.AnyAsync(d => d.Id == departmentId && d.Region == office.Region, ct);

    private static Hosting.Security.CurrentUser RequireOffice(ClaimsPrincipal principal)
    {
        var user = Caller.Of(principal);
        return OrganisationPermissions.CheckMaintainer(user.Role) is { } refusal
            ? throw new AccessDeniedException(refusal.Code, refusal.Message)
            : user;
    }
}
