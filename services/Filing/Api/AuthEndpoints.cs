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
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");

        auth.MapPost("/login", async (LoginRequest request, FilingDbContext db, LocalTokenIssuer issuer, CancellationToken ct) =>
        {
            var errors = new FieldErrors()
                .Require(!string.IsNullOrWhiteSpace(request.UserId), "userId", "请输入账号。")
                .Require(!string.IsNullOrEmpty(request.Password), "password", "请输入密码。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId, ct);
            if (user is null || !PasswordHashing.Verify(request.Password!, user.PasswordHash))
            {
                return Results.Problem(statusCode: 401, title: "登录失败", detail: "账号或密码不正确。",
                    extensions: new Dictionary<string, object?> { ["code"] = "auth.invalid-credentials" });
            }

            return Results.Ok(new
            {
                accessToken = issuer.Issue(user),
                expiresIn = (int)LocalTokenIssuer.Lifetime.TotalSeconds,
                user = new { user.Id, user.DisplayName, user.Role, roleName = Roles.NameOf(user.Role), user.DepartmentId, user.Region },
            });
        }).AllowAnonymous();

        auth.MapGet("/me", (HttpContext http) =>
            CurrentUser.From(http.User) is { } me ? Results.Ok(me with { }) : Results.Unauthorized()).RequireAuthorization();
    }
}
