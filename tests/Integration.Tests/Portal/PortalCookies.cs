using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Portal;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Integration.Tests.Portal;

/// <summary>
/// The Portal's sign-in cookie as one Portal process writes and another reads it (its ticket format, protected with the
/// key ring), for the key-ring tests here and in Host.Tests (which compiles this file too).
/// </summary>
public static class PortalCookies
{
    /// <summary>
    /// A Portal on a free loopback port with these settings, built and not yet started. Start and stop it, never
    /// dispose it: MassTransit keeps a process-wide log context that a disposed application's logger factory would
    /// leave behind for the next one built in this process.
    /// </summary>
    public static WebApplication Portal(params string[] settings) =>
        PerfWorkflowApp.Build(["--Urls=http://127.0.0.1:0", .. settings], [new PortalModule()]);

    public static string CookieFor(WebApplication portal, string userId)
    {
        var identity = new ClaimsIdentity([new Claim(PerfWorkflowClaims.UserId, userId)], PortalAuthentication.Scheme);
        return Format(portal).Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), PortalAuthentication.Scheme));
    }

    /// <summary>Whom the cookie signs in, or null when this Portal cannot read it.</summary>
    public static string? SignedInUser(WebApplication portal, string cookie) =>
        Format(portal).Unprotect(cookie)?.Principal.FindFirstValue(PerfWorkflowClaims.UserId);

    private static ISecureDataFormat<AuthenticationTicket> Format(WebApplication portal) =>
        portal.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(PortalAuthentication.Scheme).TicketDataFormat;
}
