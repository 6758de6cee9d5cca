using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Account;

public sealed class LogoutModel(PortalApiClient api) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The cookie's token is revoked first, so a copy of the cookie (or of the token) is refused afterwards.
        var session = await HttpContext.AuthenticateAsync(PortalAuthentication.Scheme);
        if (session.Principal?.FindFirst(PortalAuthentication.AccessTokenClaim)?.Value is { } token)
        {
            await api.LogoutAsync(token, cancellationToken);
        }

        await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        return RedirectToPage("/Account/Login");
    }
}
