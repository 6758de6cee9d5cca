using System.Security.Cryptography;
using System.Text;

namespace PerfWorkflow.Domain.Audit;

/// <summary>
/// The audit chain keyed with a secret from settings: each line's hash is HMAC-SHA256 over the same canonical form
/// as <see cref="AuditChain"/>, so someone who can write the table but does not hold the key cannot rewrite a line
/// and recompute the hashes after it. Checked against an <see cref="AuditHead"/> kept outside the table, a trail
/// whose last lines were deleted is found out too.
/// </summary>
public sealed class KeyedAuditChain
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public KeyedAuditChain(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"An audit key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>The next line after <paramref name="previous"/> (null for the first), with its keyed hash.</summary>
    public AuditEntry Append(
        AuditEntry? previous,
        Guid filingId,
        string actor,
        string action,
        string? fromState,
        string? toState,
        string? comment,
        int formVersion,
        DateTimeOffset at)
    {
        var unkeyed = AuditChain.Append(previous, filingId, actor, action, fromState, toState, comment, formVersion, at);
        return unkeyed with { Hash = ComputeHash(unkeyed) };
    }

    /// <summary>HMAC-SHA256 (lowercase hex) of the entry's canonical form; the entry's own hash is not part of it.</summary>
    public string ComputeHash(AuditEntry entry) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(AuditChain.CanonicalForm(entry))));

    /// <summary>
    /// Checks the whole trail, first line first, then that it ends where <paramref name="head"/> says it does. The
    /// first break found is reported.
    /// </summary>
    public AuditVerification Verify(IReadOnlyList<AuditEntry> entries, AuditHead head)
    {
        var links = AuditChain.VerifyLinks(entries, entry =>
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entry.Hash), Encoding.ASCII.GetBytes(ComputeHash(entry))));
        if (!links.IsIntact)
        {
            return links;
        }

        var last = entries.Count == 0 ? AuditHead.Empty : AuditHead.Of(entries[^1]);
        if (last.Sequence < head.Sequence)
        {
            return AuditVerification.BrokenAt(last.Sequence + 1, AuditBreak.Truncated);
        }

        return last.Sequence == head.Sequence && string.Equals(last.Hash, head.Hash, StringComparison.Ordinal)
            ? AuditVerification.Intact
            : AuditVerification.BrokenAt(Math.Min(last.Sequence, head.Sequence + 1), AuditBreak.HeadMismatch);
    }
}
