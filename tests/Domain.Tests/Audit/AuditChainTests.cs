using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Domain.Audit;

namespace PerfWorkflow.Domain.Tests.Audit;

public class AuditChainTests
{
    private static readonly Guid FilingId = Guid.Parse("0199a7f0-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset Start = new(2025, 10, 15, 9, 0, 0, TimeSpan.FromHours(8));

    private static List<AuditEntry> Trail(int length)
    {
        var entries = new List<AuditEntry>();
        string[] actions = ["submit", "approve", "return", "submit", "approve", "approve", "sign-off"];
        for (var i = 0; i < length; i++)
        {
            entries.Add(AuditChain.Append(entries.LastOrDefault(), FilingId, $"user-{i % 3}", actions[i % actions.Length],
                "InReview", i % 2 == 0 ? "InReview" : "Approved", i == 2 ? "指标值未量化，请修改。" : null, 1 + (i / 3), Start.AddMinutes(i * 7).AddTicks(1234567)));
        }

        return entries;
    }

    [Fact]
    public void An_untouched_trail_verifies_and_links_each_line_to_the_one_before()
    {
        var trail = Trail(6);
        Assert.Equal(AuditVerification.Intact, AuditChain.Verify(trail));
        Assert.Equal(AuditChain.GenesisHash, trail[0].PreviousHash);
        Assert.Equal([1L, 2, 3, 4, 5, 6], trail.Select(e => e.Sequence));
        Assert.All(trail.Skip(1).Zip(trail), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(trail, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.Equal(6, trail.Select(e => e.Hash).Distinct().Count());
    }

    [Fact]
    public void An_edited_comment_breaks_the_line_it_is_on()
    {
        var trail = Trail(6);
        trail[2] = trail[2] with { Comment = "同意" };
        Assert.Equal(AuditVerification.BrokenAt(3, AuditBreak.HashMismatch), AuditChain.Verify(trail));
    }

    [Fact]
    public void An_edit_with_a_recomputed_hash_breaks_the_next_line()
    {
        var trail = Trail(6);
        var forged = trail[2] with { Actor = "someone-else" };
        trail[2] = forged with { Hash = AuditChain.ComputeHash(forged) };
        Assert.Equal(AuditVerification.BrokenAt(4, AuditBreak.PreviousHashMismatch), AuditChain.Verify(trail));
    }

    [Fact]
    public void A_removed_line_or_a_line_of_another_filing_is_found()
    {
        var removed = Trail(6);
        removed.RemoveAt(1);
        Assert.Equal(AuditVerification.BrokenAt(3, AuditBreak.SequenceGap), AuditChain.Verify(removed));

        var mixed = Trail(4);
        mixed[3] = AuditChain.Append(mixed[2], Guid.NewGuid(), "user-1", "approve", null, null, null, 1, Start);
        Assert.Equal(AuditVerification.BrokenAt(4, AuditBreak.OtherFiling), AuditChain.Verify(mixed));
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_in_utc_so_a_reloaded_line_still_verifies()
    {
        var entry = Trail(1)[0];
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal(0, entry.At.Ticks % 10);
        var reloaded = entry with { At = new DateTimeOffset(entry.At.UtcDateTime).ToOffset(TimeSpan.FromHours(8)) };
        Assert.Equal(entry.Hash, AuditChain.ComputeHash(reloaded));
    }

    [Fact]
    public void Null_and_empty_text_hash_differently()
    {
        var entry = Trail(1)[0];
        Assert.NotEqual(AuditChain.ComputeHash(entry with { Comment = null }), AuditChain.ComputeHash(entry with { Comment = "" }));
        Assert.NotEqual(AuditChain.ComputeHash(entry with { Actor = "ab", Action = "c" }), AuditChain.ComputeHash(entry with { Actor = "a", Action = "bc" }));
    }

    [Fact]
    public void Any_single_field_change_anywhere_is_detected_at_that_line()
    {
        var mutations = new Func<AuditEntry, string, AuditEntry>[]
        {
            (e, s) => e with { Actor = e.Actor + s },
            (e, s) => e with { Action = s + e.Action },
            (e, s) => e with { FromState = s },
            (e, s) => e with { ToState = e.ToState + "x" + s },
            (e, s) => e with { Comment = (e.Comment ?? "") + "改" + s },
            (e, s) => e with { FormVersion = e.FormVersion + 1 + s.Length },
            (e, s) => e with { At = e.At.AddMicroseconds(1 + s.Length) },
        };
        var cases =
            from index in Gen.Choose(0, 7)
            from mutation in Gen.Choose(0, mutations.Length - 1)
            from text in Gen.Elements("", "1", "审核", "|", "~", ":")
            select (index, mutation, text);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var trail = Trail(8);
            var changed = mutations[c.mutation](trail[c.index], c.text);
            if (AuditChain.CanonicalForm(changed) == AuditChain.CanonicalForm(trail[c.index]))
            {
                return true; // FromState set to its own value: nothing changed, nothing to detect.
            }

            trail[c.index] = changed;
            return AuditChain.Verify(trail) == AuditVerification.BrokenAt(c.index + 1, AuditBreak.HashMismatch);
        }));
    }
}
