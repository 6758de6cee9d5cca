using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Security;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Revocation of local tokens, kept in the Filing database so every Filing replica (and the Host) refuses a revoked
/// token at once: one token by its id (a sign-out), or all of an account's tokens by a new security stamp. Every
/// revocation also goes into the outbox (<see cref="TokenRevoked"/>, <see cref="AccountTokensRevoked"/>), committed
/// with it, for the services that verify tokens in processes of their own (Workflow, Notification: their
/// <c>RevocationReplica</c>).
/// </summary>
public sealed class TokenRevocation(FilingDbContext db, TimeProvider time) : ITokenRevocationCheck
{
    public async Task<bool> IsRevokedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(PerfWorkflowClaims.UserId);
        var tokenId = principal.FindFirstValue(PerfWorkflowClaims.TokenId);

        // A token without an id cannot be revoked one by one, so it is not accepted at all.
        if (userId is null || tokenId is null)
        {
            return true;
        }

        // One round trip on every authenticated request: the account's stamp and whether this token was signed out.
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.Disabled, SignedOut = db.RevokedTokens.Any(t => t.TokenId == tokenId) })
            .SingleOrDefaultAsync(cancellationToken);
        var stamp = principal.FindFirstValue(PerfWorkflowClaims.SecurityStamp) ?? string.Empty;
        return account is null
            || account.Disabled
            || account.SignedOut
            || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    /// <summary>
    /// Refuses the caller's own token from now on (a sign-out): the revocation is added to the unit of work, saved with
    /// its audit line. A token already revoked adds nothing.
    /// </summary>
    public async Task RevokeAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var tokenId = principal.FindFirstValue(PerfWorkflowClaims.TokenId);
        var userId = principal.FindFirstValue(PerfWorkflowClaims.UserId);
        if (tokenId is null || userId is null || await db.RevokedTokens.AnyAsync(t => t.TokenId == tokenId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var expires = long.TryParse(principal.FindFirstValue("exp"), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : now + LocalTokenIssuer.Lifetime;

        // Rows outlive their token by nothing: an expired token is refused by its signature's lifetime anyway.
        await db.RevokedTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.RevokedTokens.Add(new RevokedTokenRecord { TokenId = tokenId, UserId = userId, ExpiresAt = expires, RevokedAt = now });
        var at = new DateTimeOffset(now, TimeSpan.Zero);
        var messageId = Guid.CreateVersion7(at);
        db.OutboxMessages.Add(OutboxSerializer.ToOutbox(new TokenRevoked(messageId, at, userId, tokenId, new DateTimeOffset(expires, TimeSpan.Zero)), messageId, at));
    }

    /// <summary>
    /// Refuses every token issued to the account so far: a new stamp, and its news in the outbox (neither saved here;
    /// the caller's unit of work commits both, or neither).
    /// </summary>
    public static void RevokeAll(FilingDbContext db, UserRecord user, DateTimeOffset at)
    {
        user.SecurityStamp = NewStamp();
        var messageId = Guid.CreateVersion7(at);
        db.OutboxMessages.Add(OutboxSerializer.ToOutbox(new AccountTokensRevoked(messageId, at, user.Id, user.SecurityStamp), messageId, at));
    }

    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
