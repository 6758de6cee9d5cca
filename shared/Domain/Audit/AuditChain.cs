using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfWorkflow.Domain.Audit;

/// <summary>
/// Hash-chains a filing's audit trail: each line's SHA-256 is taken over a canonical serialisation of its fields
/// and the previous line's hash, so the trail can be checked without trusting the database it sits in.
/// </summary>
public static class AuditChain
{
    /// <summary>What the first line names as its previous hash.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// The next line after <paramref name="previous"/> (null for the first), hashed. The time is cut to whole
    /// microseconds in UTC, the precision PostgreSQL keeps, so a stored and reloaded line still verifies.
    /// </summary>
    public static AuditEntry Append(
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
        var utc = at.ToUniversalTime();
        var truncated = new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
        var unhashed = new AuditEntry(
            (previous?.Sequence ?? 0) + 1,
            filingId,
            actor,
            action,
            fromState,
            toState,
            comment,
            formVersion,
            truncated,
            previous?.Hash ?? GenesisHash,
            string.Empty);
        return unhashed with { Hash = ComputeHash(unhashed) };
    }

    /// <summary>SHA-256 (lowercase hex) of <see cref="CanonicalForm"/>; the entry's own <c>Hash</c> is not part of it.</summary>
    public static string ComputeHash(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm(entry))));

    /// <summary>
    /// Every field but the hash, each written as its length and value, so no choice of text can make two
    /// different entries serialise alike; null is written distinctly from the empty string.
    /// </summary>
    public static string CanonicalForm(AuditEntry entry)
    {
        var text = new StringBuilder("audit-entry/v1");
        void Field(string? value) => text.Append('|').Append(value is null ? "~" : $"{value.Length}:{value}");

        Field(entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(entry.FilingId.ToString("D"));
        Field(entry.Actor);
        Field(entry.Action);
        Field(entry.FromState);
        Field(entry.ToState);
        Field(entry.Comment);
        Field(entry.FormVersion.ToString(CultureInfo.InvariantCulture));
        Field(entry.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(entry.PreviousHash);
        return text.ToString();
    }

    /// <summary>Checks a whole trail, first line first; reports the first sequence where it breaks.</summary>
    public static AuditVerification Verify(IReadOnlyList<AuditEntry> entries) =>
        VerifyLinks(entries, entry => string.Equals(entry.Hash, ComputeHash(entry), StringComparison.Ordinal));

    /// <summary>
    /// The checks every chain makes, whatever its hash: one filing, sequences without gaps, each line naming the hash
    /// of the one before, and each line's own hash (<paramref name="hashMatches"/>, plain or keyed).
    /// </summary>
    internal static AuditVerification VerifyLinks(IReadOnlyList<AuditEntry> entries, Func<AuditEntry, bool> hashMatches)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var previous = i == 0 ? null : entries[i - 1];
            if (previous is not null && entry.FilingId != entries[0].FilingId)
            {
                return AuditVerification.BrokenAt(entry.Sequence, AuditBreak.OtherFiling);
            }

            if (entry.Sequence != (previous?.Sequence ?? 0) + 1)
            {
                return AuditVerification.BrokenAt(entry.Sequence, AuditBreak.SequenceGap);
            }

            if (!string.Equals(entry.PreviousHash, previous?.Hash ?? GenesisHash, StringComparison.Ordinal))
            {
                return AuditVerification.BrokenAt(entry.Sequence, AuditBreak.PreviousHashMismatch);
            }

            if (!hashMatches(entry))
            {
                return AuditVerification.BrokenAt(entry.Sequence, AuditBreak.HashMismatch);
            }
        }

        return AuditVerification.Intact;
    }
}
