using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Portal.Persistence;

namespace PerfWorkflow.Portal.Security;

/// <summary>
/// Makes the key ring's first key while the Portal starts, before it serves, holding a PostgreSQL advisory lock:
/// replicas that start together on an empty table take turns, the first makes the key and the others find it. Left to
/// itself each replica makes a key of its own at start (two replicas made two keys in each of three runs): each then
/// signs with its own key until it re-reads the ring, and reading another replica's cookie rests on ASP.NET Core
/// re-reading the ring when it meets a key it does not know (it did, in those runs). One key from the start relies on
/// neither. Later keys are ASP.NET Core's own rotation (<see cref="PortalKeyRing"/>).
/// </summary>
public sealed class PortalFirstKey(IServiceScopeFactory scopes, IKeyManager keys, TimeProvider time, ILogger<PortalFirstKey> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // SQLite (the embedded Host) has one Portal: nothing to take turns with.
        await using var transaction = db.IsPostgreSql ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (transaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('portal_data_protection_keys'))", cancellationToken);
        }

        var now = time.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            var key = keys.CreateNewKey(now, now + PortalKeyRing.KeyLifetime);
            logger.LogInformation("Made the Portal's first data-protection key {KeyId}, valid until {Expires:O}", key.KeyId, key.ExpirationDate);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
