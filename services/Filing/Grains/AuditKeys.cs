using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// The key of the filings' audit chain. Production sets <c>Audit:Key</c> (at least 32 characters) from a secret, so
/// whoever can write the database cannot recompute the hashes. Without it (the embedded Host, tests) a random key is
/// made once and kept in the Filing database's one-row <c>filing_audit_key</c> table: a per-process key would make
/// every trail fail verification after a restart. That stored key stops a rehash by someone who does not read that
/// table, no more.
/// </summary>
public sealed class AuditKeys(IConfiguration configuration, IServiceScopeFactory scopes)
{
    public const string SettingName = "Audit:Key";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeyedAuditChain? _chain;

    public async Task<KeyedAuditChain> ChainAsync(CancellationToken ct)
    {
        if (_chain is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(ct);
        try
        {
            return _chain ??= new KeyedAuditChain(await KeyAsync(ct));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (configuration[SettingName] is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            return bytes.Length >= KeyedAuditChain.MinimumKeyBytes
                ? bytes
                : throw new InvalidOperationException($"{SettingName} needs at least {KeyedAuditChain.MinimumKeyBytes} characters.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyedAuditChain.MinimumKeyBytes));
        // Two processes starting on one database race here: the first insert wins and both read the winner.
        await db.Database.ExecuteSqlAsync($"INSERT INTO filing_audit_key (id, key) VALUES (1, {fresh}) ON CONFLICT (id) DO NOTHING", ct);
        var stored = await db.Database.SqlQuery<string>($"SELECT key AS \"Value\" FROM filing_audit_key WHERE id = 1").SingleAsync(ct);
        return Convert.FromBase64String(stored);
    }
}
