using System.Security.Claims;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>Who calls, from the validated token, and the request's Idempotency-Key.</summary>
public static class Caller
{
    public const string IdempotencyHeader = "Idempotency-Key";

    // The token validated, so its claims are there; a token without them is a misconfigured identity provider.
    public static CurrentUser Of(ClaimsPrincipal principal) =>
        CurrentUser.From(principal) ?? throw new AccessDeniedException("auth.claims-missing", "登录凭据缺少用户、角色或地区信息，请联系管理员。");

    public static string? IdempotencyKey(HttpContext http) =>
        http.Request.Headers.TryGetValue(IdempotencyHeader, out var key) && !string.IsNullOrWhiteSpace(key) ? key.ToString().Trim() : null;
}
