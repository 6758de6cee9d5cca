using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Security;

/// <summary>
/// A sign-in cookie stands only while the API token inside it does: each time the cookie is read, Filing is asked
/// whether the token still holds (it was not signed out, revoked, its account disabled or its role changed). So a
/// cookie copied before 退出登录 is refused after it, on every replica.
/// </summary>
public static class PortalSessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var token = context.Principal?.FindFirst(PortalAuthentication.AccessTokenClaim)?.Value;
        if (token is null || await IsRefusedAsync(context.HttpContext, token))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        }
    }

    private static async Task<bool> IsRefusedAsync(HttpContext http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.RequestServices.GetRequiredService<IHttpClientFactory>()
                .CreateClient(PortalApiClient.Filing).SendAsync(request, http.RequestAborted);
            return response.StatusCode == HttpStatusCode.Unauthorized;
        }
        catch (HttpRequestException exception)
        {
            // Filing unreachable: the page's own calls fail with their error page, and Filing still refuses a
            // revoked token on each of them, so nothing is let through by keeping the cookie meanwhile.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalSessionCheck))
                .LogWarning(exception, "Could not ask Filing whether a Portal session still holds.");
            return false;
        }
    }
}
