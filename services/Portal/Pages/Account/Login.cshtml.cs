using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Account;

public sealed class LoginModel(PortalApiClient api) : PageModel
{
    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Where each role starts: the office its dashboard, reviewers their 待办, filers their filings.</summary>
    public static string LandingPageOf(string role) => role switch
    {
        Roles.PerformanceOffice => "/Dashboard",
        Roles.DepartmentHead or Roles.SupervisingReviewer or Roles.FinanceDivision => "/Inbox?status=todo",
        _ => "/",
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(UserId) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入账号和密码。";
            return Page();
        }

        var result = await api.LoginAsync(UserId.Trim(), Password, cancellationToken);
        if (result is null)
        {
            Error = "账号或密码不正确。";
            return Page();
        }

        var claims = new List<Claim>
        {
            new(PerfWorkflowClaims.UserId, result.User.Id),
            new(ClaimTypes.Name, result.User.DisplayName),
            new(PerfWorkflowClaims.Role, result.User.Role),
            new("role_name", result.User.RoleName),
            new(PerfWorkflowClaims.Region, result.User.Region),
            new(PortalAuthentication.AccessTokenClaim, result.AccessToken),
        };
        if (result.User.DepartmentId is not null)
        {
            claims.Add(new Claim(PerfWorkflowClaims.DepartmentId, result.User.DepartmentId));
        }

        await HttpContext.SignInAsync(
            PortalAuthentication.Scheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, PortalAuthentication.Scheme)),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddSeconds(result.ExpiresIn) });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : LandingPageOf(result.User.Role));
    }
}
