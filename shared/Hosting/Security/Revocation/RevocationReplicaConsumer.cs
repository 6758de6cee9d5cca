using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Security.Revocation;

/// <summary>
/// Keeps a service's copy of Filing's token revocations, each message exactly once with its processed-message id
/// (<see cref="ConsumerBatches{TContext}"/>). A stale account revocation (older than the one kept) changes nothing.
/// </summary>
public sealed class RevocationReplicaConsumer<TContext>(ConsumerBatches<TContext> batches) : IConsumer<TokenRevoked>, IConsumer<AccountTokensRevoked>
    where TContext : ServiceDbContext, IRevocationReplicaContext
{
    private const string Name = "token-revocations";

    public Task Consume(ConsumeContext<TokenRevoked> context)
    {
        var m = context.Message;
        // One partition for every revocation: they are written in the order they arrive.
        return batches.ProcessOnceAsync(Name, m.MessageId, Guid.Empty, async (services, cancellationToken) =>
        {
            var db = services.GetRequiredService<TContext>();

            // Tokens that had expired when this one was revoked (by Filing's clock, not this service's, which a
            // simulation may move) are refused by their own lifetime: their rows go.
            var revokedAt = m.OccurredAt.UtcDateTime;
            await db.RevokedTokens.Where(t => t.ExpiresAt < revokedAt).ExecuteDeleteAsync(cancellationToken);
            if (!await db.RevokedTokens.AnyAsync(t => t.TokenId == m.TokenId, cancellationToken))
            {
                db.RevokedTokens.Add(new ReplicatedTokenRevocation { TokenId = m.TokenId, UserId = m.UserId, ExpiresAt = m.ExpiresAt.UtcDateTime });
            }
        }, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<AccountTokensRevoked> context)
    {
        var m = context.Message;
        return batches.ProcessOnceAsync(Name, m.MessageId, Guid.Empty, async (services, cancellationToken) =>
        {
            var db = services.GetRequiredService<TContext>();
            var at = m.OccurredAt.UtcDateTime;
            var account = await db.AccountRevocations.SingleOrDefaultAsync(a => a.UserId == m.UserId, cancellationToken);
            if (account is null)
            {
                db.AccountRevocations.Add(new ReplicatedAccountRevocation { UserId = m.UserId, SecurityStamp = m.SecurityStamp, RevokedAt = at });
            }
            else if (account.RevokedAt <= at)
            {
                (account.SecurityStamp, account.RevokedAt) = (m.SecurityStamp, at);
            }
        }, context.CancellationToken);
    }
}
