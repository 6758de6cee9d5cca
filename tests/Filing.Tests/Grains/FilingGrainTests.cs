using Microsoft.EntityFrameworkCore;
using Orleans;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;

namespace PerfWorkflow.Filing.Tests.Grains;

/// <summary>
/// The filing grain on Orleans' test cluster: the single writer of its filing, committing each command in one
/// transaction, refusing a stale activation's write, and reloading exactly what it committed.
/// </summary>
public sealed class FilingGrainTests(GrainClusters clusters) : IClassFixture<GrainClusters>
{
    [Fact]
    public async Task Concurrent_commands_on_one_filing_are_applied_one_at_a_time_and_chain_every_audit_line()
    {
        var (id, grain) = await clusters.OpenAsync();
        const int comments = 40;

        var replies = await Task.WhenAll(Enumerable.Range(0, comments).Select(i => grain.Act(GrainClusters.Command("comment", GrainClusters.Head, $"意见 {i}"))));

        Assert.All(replies, r => Assert.Null(r.Refusal));
        var trail = await TrailAsync(id);
        Assert.Equal(comments + 1, trail.Count);
        Assert.True((await VerifyAsync(id)).IsIntact);
        Assert.Equal(Enumerable.Range(0, comments).Select(i => $"意见 {i}").Order(), trail.Skip(1).Select(a => a.Comment!).Order());
    }

    [Fact]
    public async Task Racing_decisions_have_exactly_one_winner_and_the_others_are_refused_by_the_rules_not_by_a_conflict()
    {
        var (id, grain) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(grain);
        Assert.Null((await grain.Act(GrainClusters.Command("submit", GrainClusters.Filer))).Refusal);

        var replies = await Task.WhenAll(
            grain.Act(GrainClusters.Command("approve", GrainClusters.Head, "同意")),
            grain.Act(GrainClusters.Command("withdraw", GrainClusters.Filer)),
            grain.Act(GrainClusters.Command("return", GrainClusters.Head, "请补充测算依据")));

        Assert.Single(replies, r => r.Refusal is null);
        Assert.All(replies.Where(r => r.Refusal is not null), r => Assert.Equal(RefusalKind.Rule, r.Refusal!.Kind));
        var trail = await TrailAsync(id);
        Assert.Equal(4, trail.Count);
        Assert.True((await VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task A_stale_activation_is_refused_by_the_version_check_then_reloads_and_succeeds_on_retry()
    {
        var (id, first) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(first);
        var other = clusters.Second.GrainFactory.GetGrain<IFilingGrain>(id);

        var submitted = await other.Act(GrainClusters.Command("submit", GrainClusters.Filer));
        Assert.Null(submitted.Refusal);

        // The first cluster's activation still holds the draft, whose rules accept a comment: only the store can stop
        // this write (the version check, and behind it the audit line's sequence key).
        var stale = await first.Act(GrainClusters.Command("comment", GrainClusters.Head, "过期的意见"));
        Assert.Equal(RefusalKind.Conflict, stale.Refusal?.Kind);
        Assert.Equal("concurrency.conflict", stale.Refusal!.Code);
        Assert.Equal(submitted.View!.Version, stale.View!.Version);
        Assert.Equal("InReview", stale.View.State.ToString());

        var retried = await first.Act(GrainClusters.Command("comment", GrainClusters.Head, "重试的意见"));
        Assert.Null(retried.Refusal);
        var trail = await TrailAsync(id);
        Assert.Equal(["open", "save-form", "submit", "comment"], trail.Select(a => a.Action));
        Assert.Equal("重试的意见", trail[^1].Comment);
        Assert.True((await VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task A_stale_activation_cannot_save_a_document_into_a_form_another_activation_submitted()
    {
        var (id, first) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(first);
        Assert.Null((await clusters.Second.GrainFactory.GetGrain<IFilingGrain>(id).Act(GrainClusters.Command("submit", GrainClusters.Filer))).Refusal);

        // The first activation still believes the form is an editable draft: only the version check can refuse.
        var stale = await first.SaveForm(new FormSave("DepartmentDeclaration", "Declaration", "{}", "[]", GrainClusters.Filer));

        Assert.Equal(RefusalKind.Conflict, stale.Refusal?.Kind);
        await using var db = clusters.OpenDatabase();
        Assert.Equal(1, await db.Forms.CountAsync(f => f.FilingId == id));
        Assert.Equal(["open", "save-form", "submit"], (await TrailAsync(id)).Select(a => a.Action));
        Assert.Equal("form.not-editable", (await first.SaveForm(new FormSave("DepartmentDeclaration", "Declaration", "{}", "[]", GrainClusters.Filer))).Refusal?.Code);
    }

    [Fact]
    public async Task State_reloaded_after_deactivation_equals_what_was_committed()
    {
        var (id, grain) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(grain);
        await grain.Act(GrainClusters.Command("submit", GrainClusters.Filer));
        var committed = (await grain.Act(GrainClusters.Command("approve", GrainClusters.Head, "同意"))).View!;

        await clusters.First.GrainFactory.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var reloaded = (await grain.View()).View!;
        var elsewhere = (await clusters.Second.GrainFactory.GetGrain<IFilingGrain>(id).View()).View!;

        Assert.Equal(Json(committed), Json(reloaded));
        Assert.Equal(Json(committed), Json(elsewhere));
        Assert.Equal(committed.FormVersion, (await grain.CurrentForms("Declaration")).Forms.Single().SubmittedVersion);
    }

    [Fact]
    public async Task The_row_written_per_command_does_not_grow_with_the_filing_history()
    {
        var (id, grain) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(grain);
        var sizes = new List<int>();
        for (var round = 0; round < 12; round++)
        {
            Assert.Null((await grain.Act(GrainClusters.Command("submit", GrainClusters.Filer))).Refusal);
            Assert.Null((await grain.Act(GrainClusters.Command("withdraw", GrainClusters.Filer))).Refusal);
            await using var db = clusters.OpenDatabase();
            sizes.Add((await db.Filings.AsNoTracking().SingleAsync(f => f.Id == id)).Snapshot.Length);
        }

        // Each round adds two history lines (~150 characters each) to the trail; the snapshot only changes digits.
        Assert.Equal(26, (await TrailAsync(id)).Count);
        Assert.True(sizes.Max() - sizes[1] < 16, $"snapshot sizes grew: {string.Join(", ", sizes)}");
    }

    [Fact]
    public async Task An_idempotent_answer_is_tied_to_its_key_and_survives_a_new_activation()
    {
        var (id, grain) = await clusters.OpenAsync();
        var (otherId, otherGrain) = await clusters.OpenAsync();
        var key = Guid.NewGuid().ToString();

        var first = await grain.Act(GrainClusters.Command("comment", GrainClusters.Head, "一次", key));
        var again = await grain.Act(GrainClusters.Command("comment", GrainClusters.Head, "一次", key));
        var elsewhere = await clusters.Second.GrainFactory.GetGrain<IFilingGrain>(id).Act(GrainClusters.Command("comment", GrainClusters.Head, "一次", key));
        var reused = await otherGrain.Act(GrainClusters.Command("comment", GrainClusters.Head, "另一份", key));

        Assert.Null(first.Refusal);
        Assert.Equal(Json(first.View!), Json(again.View!));
        Assert.Equal(Json(first.View!), Json(elsewhere.View!));
        Assert.Equal("idempotency.key-reused", reused.Refusal?.Code);
        Assert.Equal(2, (await TrailAsync(id)).Count);
        Assert.Single(await TrailAsync(otherId));
        await using var db = clusters.OpenDatabase();
        Assert.Equal(1, await db.Idempotency.CountAsync(i => i.IdempotencyKey == key));
    }

    [Fact]
    public async Task Reusing_a_key_for_another_action_on_the_same_filing_is_refused_not_answered_with_the_first_answer()
    {
        var (id, grain) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(grain);
        var key = Guid.NewGuid().ToString();

        Assert.Null((await grain.Act(GrainClusters.Command("comment", GrainClusters.Filer, "先发表意见", key))).Refusal);
        var submit = await grain.Act(GrainClusters.Command("submit", GrainClusters.Filer, key: key));
        var elsewhere = await clusters.Second.GrainFactory.GetGrain<IFilingGrain>(id).Act(GrainClusters.Command("submit", GrainClusters.Filer, key: key));

        Assert.Equal("idempotency.key-reused", submit.Refusal?.Code);
        Assert.Equal(RefusalKind.Rule, submit.Refusal!.Kind);
        Assert.Equal("idempotency.key-reused", elsewhere.Refusal?.Code);
        Assert.Equal(["open", "save-form", "comment"], (await TrailAsync(id)).Select(a => a.Action));
        Assert.Equal("Draft", (await grain.View()).View!.State.ToString());
    }

    [Fact]
    public async Task Every_form_save_is_a_keyed_audit_line_written_with_the_form_and_the_filing_row_keeps_the_head()
    {
        var (id, grain) = await clusters.OpenAsync();
        await GrainClusters.SaveDeclarationAsync(grain);
        await GrainClusters.SaveDeclarationAsync(grain);

        var trail = await TrailAsync(id);
        Assert.Equal(["open", "save-form", "save-form"], trail.Select(a => a.Action));
        Assert.Equal(["DepartmentDeclaration#1", "DepartmentDeclaration#2"], trail.Skip(1).Select(a => a.Comment));
        Assert.All(trail.Skip(1), a => Assert.Equal(GrainClusters.Filer, a.Actor));
        await using var db = clusters.OpenDatabase();
        var row = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal((trail[^1].Sequence, trail[^1].Hash), (row.AuditSequence, row.AuditHash));
        Assert.True((await VerifyAsync(id)).IsIntact);
        // Plain SHA-256 is not what the chain holds: without the key nobody can recompute a line's hash.
        Assert.NotEqual(AuditChain.ComputeHash(trail[^1]), trail[^1].Hash);
    }

    /// <summary>The trail checked as /audit/verify does: with the database's key and against the row's head.</summary>
    private async Task<AuditVerification> VerifyAsync(Guid id)
    {
        await using var db = clusters.OpenDatabase();
        var key = await db.Database.SqlQuery<string>($"SELECT key AS \"Value\" FROM filing_audit_key WHERE id = 1").SingleAsync();
        var row = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == id);
        return new KeyedAuditChain(Convert.FromBase64String(key)).Verify(await TrailAsync(id), new AuditHead(row.AuditSequence, row.AuditHash));
    }

    private async Task<IReadOnlyList<AuditEntry>> TrailAsync(Guid id)
    {
        await using var db = clusters.OpenDatabase();
        return (await db.Audit.AsNoTracking().Where(a => a.FilingId == id).OrderBy(a => a.Sequence).ToListAsync()).Select(FilingStore.ToEntry).ToList();
    }

    private static string Json(FilingView view) => System.Text.Json.JsonSerializer.Serialize(view with { UpdatedAt = default }, FilingGrainStore.AnswerJson);
}
