using System.Security.Claims;
using PerfWorkflow.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>Local accounts: sign in for a token, and who am I.</summary>
public static class AuthEndpoints
{
    private const int MaxUserIdLength = 100;
    private const int MaxPasswordLength = 200;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");

        auth.MapPost("/login", async (LoginRequest request, HttpContext http, FilingDbContext db, LocalTokenIssuer issuer, SignInThrottle throttle, PasswordVerifier passwords, OrganisationAudit audit, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(!string.IsNullOrWhiteSpace(request.UserId), "userId", "请输入账号。")
                .Require(!string.IsNullOrEmpty(request.Password), "password", "请输入密码。")
                .Require(request.UserId is not { Length: > MaxUserIdLength }, "userId", $"账号不超过 {MaxUserIdLength} 个字符。")
                .Require(request.Password is not { Length: > MaxPasswordLength }, "password", $"密码不超过 {MaxPasswordLength} 个字符。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (throttle.LockedFor(request.UserId!, address) is { } wait)
            {
                var region = await db.Users.AsNoTracking().Where(u => u.Id == request.UserId).Select(u => u.Region).SingleOrDefaultAsync(ct);
                await audit.SaveWithAsync(region, request.UserId!, OrganisationAuditActions.SignInLocked, request.UserId, $"来自 {address}，锁定中", ct);
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Problem(statusCode: 429, title: "登录尝试过于频繁", detail: $"登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} 分钟后再试。",
                    extensions: new Dictionary<string, object?> { ["code"] = "auth.locked" });
            }

            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId, ct);

            // An unknown account costs the same hashing as a known one, so answers do not tell which accounts exist;
            // a disabled account answers as a wrong password does.
            var verified = passwords.Verify(request.Password!, user?.PasswordHash ?? PasswordHashing.DummyHash);
            if (user is null || !verified || user.Disabled)
            {
                throttle.Failed(request.UserId!, address);
                await audit.SaveWithAsync(user?.Region, request.UserId!, OrganisationAuditActions.SignInFailed, request.UserId,
                    $"来自 {address}，{(user is null ? "账号不存在" : user.Disabled && verified ? "账号已停用" : "密码错误")}", ct);
                return Results.Problem(statusCode: 401, title: "登录失败", detail: "账号或密码不正确。",
                    extensions: new Dictionary<string, object?> { ["code"] = "auth.invalid-credentials" });
            }

            throttle.Succeeded(request.UserId!);
            await audit.SaveWithAsync(user.Region, user.Id, OrganisationAuditActions.SignInSucceeded, user.Id, $"来自 {address}", ct);

            return Results.Ok(new
            {
                accessToken = issuer.Issue(user),
                expiresIn = (int)LocalTokenIssuer.Lifetime.TotalSeconds,
                user = new { user.Id, user.DisplayName, user.Role, roleName = Roles.NameOf(user.Role), user.DepartmentId, user.Region },
            });
        }).AllowAnonymous();

        // 退出登录: this token is refused from now on, wherever it was copied to.
        auth.MapPost("/logout", async (ClaimsPrincipal principal, TokenRevocation revocation, OrganisationAudit audit, CancellationToken ct) =>
        {
            var me = Caller.Of(principal);
            await revocation.RevokeAsync(principal, ct);
            await audit.SaveWithAsync(me.Region, me.UserId, OrganisationAuditActions.SignedOut, me.UserId, null, ct);
            return Results.NoContent();
        }).RequireAuthorization();

        // Every token of the caller's account is refused from now on (a lost laptop, a leaked script token).
        auth.MapPost("/tokens/revoke-all", async (ClaimsPrincipal principal, FilingDbContext db, OrganisationAudit audit, TimeProvider time, CancellationToken ct) =>
        {
            var me = Caller.Of(principal);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == me.UserId, ct)
                ?? throw new AccessDeniedException("auth.account-unknown", "账号不存在。");
            TokenRevocation.RevokeAll(db, user, time.GetUtcNow());
            await audit.SaveWithAsync(me.Region, me.UserId, OrganisationAuditActions.OwnTokensRevoked, me.UserId, "吊销本人的全部令牌", ct);
            return Results.NoContent();
        }).RequireAuthorization();

        auth.MapGet("/me", (HttpContext http) =>
            CurrentUser.From(http.User) is { } me ? Results.Ok(me with { }) : Results.Unauthorized()).RequireAuthorization();
    }
}
