using PerfWorkflow.Domain.Audit;

namespace PerfWorkflow.Domain.Tests.Audit;

/// <summary>
/// The keyed chain: a tamperer without the key cannot rewrite a line and recompute the hashes after it, and a trail
/// whose last lines were deleted does not match the head kept outside the table.
/// </summary>
public class KeyedAuditChainTests
{
    private static readonly Guid FilingId = Guid.Parse("0199a7f0-0000-7000-8000-000000000002");
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly KeyedAuditChain Chain = new("audit-key-from-settings-0123456789abcdef"u8.ToArray());

    private static List<AuditEntry> Trail(int length, KeyedAuditChain chain)
    {
        var entries = new List<AuditEntry>();
        string[] actions = ["open", "save-form", "submit", "approve", "return", "save-form", "submit"];
        for (var i = 0; i < length; i++)
        {
            entries.Add(chain.Append(entries.LastOrDefault(), FilingId, $"user-{i % 3}", actions[i % actions.Length],
                "Draft", "InReview", i == 4 ? "请补充佐证" : null, i / 3, Start.AddMinutes(i * 5)));
        }

        return entries;
    }

    [Fact]
    public void An_untouched_trail_verifies_against_its_head()
    {
        var trail = Trail(7, Chain);
        Assert.Equal(AuditVerification.Intact, Chain.Verify(trail, AuditHead.Of(trail[^1])));
        Assert.Equal(AuditVerification.Intact, Chain.Verify([], AuditHead.Empty));
    }

    [Fact]
    public void An_actor_rewritten_with_every_later_hash_recomputed_without_the_key_is_found()
    {
        var trail = Trail(7, Chain);

        // The tamperer knows the canonical form and SHA-256 (or guesses a key), but not the key from settings.
        var forger = new KeyedAuditChain("a-different-key-the-tamperer-guessed-000"u8.ToArray());
        var forged = new List<AuditEntry>(trail[..2]);
        foreach (var entry in trail.Skip(2))
        {
            var rewritten = entry with { Actor = entry.Sequence == 3 ? "someone-else" : entry.Actor, PreviousHash = forged[^1].Hash };
            forged.Add(rewritten with { Hash = forger.ComputeHash(rewritten) });
        }

        Assert.Equal(AuditVerification.BrokenAt(3, AuditBreak.HashMismatch), Chain.Verify(forged, AuditHead.Of(forged[^1])));
        Assert.Equal(AuditVerification.Intact, AuditChain.Verify(Unkeyed(forged)));
    }

    [Fact]
    public void Deleting_the_last_lines_is_found_by_the_head_kept_outside_the_table()
    {
        var trail = Trail(7, Chain);
        var head = AuditHead.Of(trail[^1]);
        Assert.Equal(AuditVerification.BrokenAt(6, AuditBreak.Truncated), Chain.Verify(trail[..5], head));
        Assert.Equal(AuditVerification.BrokenAt(1, AuditBreak.Truncated), Chain.Verify([], head));
    }

    [Fact]
    public void A_head_that_does_not_match_the_last_line_is_found()
    {
        var trail = Trail(4, Chain);
        var extra = Chain.Append(trail[^1], FilingId, "user-1", "approve", "InReview", "Approved", null, 1, Start.AddHours(2));
        Assert.Equal(AuditBreak.HeadMismatch, Chain.Verify([.. trail, extra], AuditHead.Of(trail[^1])).Break);
        Assert.Equal(AuditBreak.HeadMismatch, Chain.Verify(trail, new AuditHead(4, new string('f', 64))).Break);
    }

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => new KeyedAuditChain("too-short"u8.ToArray()));

    /// <summary>The same forged lines re-hashed with plain SHA-256 verify under the old, unkeyed chain: why the key matters.</summary>
    private static List<AuditEntry> Unkeyed(List<AuditEntry> forged)
    {
        var result = new List<AuditEntry>();
        foreach (var entry in forged)
        {
            var relinked = entry with { PreviousHash = result.Count == 0 ? AuditChain.GenesisHash : result[^1].Hash };
            result.Add(relinked with { Hash = AuditChain.ComputeHash(relinked) });
        }

        return result;
    }
}
