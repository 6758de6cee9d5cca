using System.Net.Http.Headers;

namespace PerfWorkflow.Portal.Security;

/// <summary>Adds the signed-in person's API token to the Portal's calls to the services.</summary>
public sealed class BearerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = accessor.HttpContext?.User.FindFirst(PortalAuthentication.AccessTokenClaim)?.Value;
        // A call that names its token itself (sign-out, the session check) keeps it.
        if (token is not null && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
