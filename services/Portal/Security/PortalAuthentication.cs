using Microsoft.AspNetCore.Authentication.Cookies;

namespace PerfWorkflow.Portal.Security;

/// <summary>
/// The Portal signs people in with a cookie of its own scheme; the cookie carries the API token the services issued,
/// which <see cref="BearerTokenHandler"/> forwards on every API call made for that person.
/// </summary>
public static class PortalAuthentication
{
    public const string Scheme = "portal";
    public const string Policy = "portal-user";
    public const string AccessTokenClaim = "access_token";

    public static void AddPortalAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/Denied";
            options.Cookie.Name = "perfwf.portal";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = false;
            options.Events.OnValidatePrincipal = PortalSessionCheck.ValidateAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser())
            .AddPolicy(PortalUser.PerformanceOfficePolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
                .RequireClaim(PerfWorkflow.Hosting.Security.PerfWorkflowClaims.Role, PerfWorkflow.Domain.Organisation.Roles.PerformanceOffice));
    }
}
