using System.Security.Claims;

namespace PerfWorkflow.Hosting.Security;

/// <summary>
/// Whether a validly signed local token was revoked (signed out, all of an account's tokens revoked, the account
/// disabled or its role changed). Registered by the service that keeps the accounts; where none is registered a
/// token stands until it expires.
/// </summary>
public interface ITokenRevocationCheck
{
    Task<bool> IsRevokedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}
