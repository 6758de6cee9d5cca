using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Security.Revocation;

/// <summary>
/// Refuses the tokens Filing revoked, from this service's own copy of the revocations (<see cref="RevocationReplicaConsumer{TContext}"/>):
/// a signed-out token by its id, and a token issued before its account's newest revocation unless it carries the
/// stamp that revocation set. Both the stamp and the instant are needed: a token's issue time (<c>nbf</c>) has whole
/// seconds only, so a token issued in the same second as a revocation is told apart by its stamp, and a new token
/// whose stamp this copy has not heard of yet (its revocation is still on the bus) stands because it is newer than
/// every revocation known here. Two primary-key lookups per request, no cache: the only delay is the bus's
/// (docs/operations.md, "Token revocation").
/// </summary>
public sealed class RevocationReplicaCheck<TContext>(TContext db) : ITokenRevocationCheck
    where TContext : ServiceDbContext, IRevocationReplicaContext
{
    public async Task<bool> IsRevokedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(PerfWorkflowClaims.UserId);
        var tokenId = principal.FindFirstValue(PerfWorkflowClaims.TokenId);

        // As in Filing: a token without an id cannot be revoked one by one, so it is not accepted at all.
        if (userId is null || tokenId is null)
        {
            return true;
        }

        if (await db.RevokedTokens.AsNoTracking().AnyAsync(t => t.TokenId == tokenId, cancellationToken))
        {
            return true;
        }

        var account = await db.AccountRevocations.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        if (account is null || string.Equals(account.SecurityStamp, principal.FindFirstValue(PerfWorkflowClaims.SecurityStamp), StringComparison.Ordinal))
        {
            return false;
        }

        return !long.TryParse(principal.FindFirstValue("nbf"), out var issuedSeconds)
            || DateTimeOffset.FromUnixTimeSeconds(issuedSeconds).UtcDateTime <= account.RevokedAt;
    }
}
