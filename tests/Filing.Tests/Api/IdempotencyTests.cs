using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Filing.Tests.Infrastructure.DemoOrganisation;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>A retried request (same user, same Idempotency-Key) gets the first answer and never acts twice.</summary>
public sealed class IdempotencyTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    [Fact]
    public async Task The_same_approval_sent_twice_with_one_key_acts_once_and_answers_the_same()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        var before = await _driver.ViewAsync(filing);
        var trail = (await _driver.AuditAsync(filing)).GetArrayLength();
        var key = Guid.NewGuid().ToString();

        var first = (await _driver.ActAsync(filing.Head, filing, "approve", new { comment = "同意" }, key)).Ok();
        var retried = (await _driver.ActAsync(filing.Head, filing, "approve", new { comment = "同意" }, key)).Ok();

        Assert.True(JsonElement.DeepEquals(first, retried), $"first {first}\nretried {retried}");
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, (await _driver.ViewAsync(filing)).GetProperty("version").GetInt32());
        var audit = (await _driver.AuditAsync(filing)).EnumerateArray().ToList();
        Assert.Equal(trail + 1, audit.Count);
        Assert.Single(audit, a => a.GetProperty("action").GetString() == "approve");
    }

    [Fact]
    public async Task A_retried_rectification_raises_one_item_where_two_requests_without_a_key_raise_two()
    {
        var filing = await _driver.NewAtAsync(Milestone.MonitoringDraft);
        var key = Guid.NewGuid().ToString();

        await _driver.ActAsync(Finance1, filing, "rectifications", FilingDriver.RectificationItem(), key);
        var retried = (await _driver.ActAsync(Finance1, filing, "rectifications", FilingDriver.RectificationItem(), key)).Ok();
        Assert.Single(retried.GetProperty("rectificationItems").EnumerateArray());

        await _driver.ActAsync(Finance1, filing, "rectifications", FilingDriver.RectificationItem());
        await _driver.ActAsync(Finance1, filing, "rectifications", FilingDriver.RectificationItem());
        Assert.Equal(3, (await _driver.ViewAsync(filing)).GetProperty("rectificationItems").GetArrayLength());
    }

    [Fact]
    public async Task A_key_reused_on_another_filing_is_refused_and_that_filing_is_untouched()
    {
        var first = await _driver.NewAtAsync(Milestone.DeclarationInReview, TianheSciencePark);
        var second = await _driver.NewAtAsync(Milestone.DeclarationInReview, TianheSciencePark);
        var key = Guid.NewGuid().ToString();
        (await _driver.ActAsync(first.Head, first, "approve", new { comment = "同意" }, key)).Ok();
        var before = await _driver.StateAsync(second);

        var reused = await _driver.ActAsync(second.Head, second, "approve", new { comment = "同意" }, key);

        ProblemAssert.IsRuleRefusal(reused, "idempotency.key-reused");
        Assert.Equal(before, await _driver.StateAsync(second));
    }

    [Fact]
    public async Task A_key_reused_for_another_action_on_the_same_filing_is_refused_not_answered_with_the_first_answer()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        var key = Guid.NewGuid().ToString();
        (await _driver.ActAsync(filing.Head, filing, "comments", new { text = "先提一条意见" }, key)).Ok();
        var before = await _driver.StateAsync(filing);

        var reused = await _driver.ActAsync(filing.Head, filing, "approve", new { comment = "同意" }, key);

        var problem = ProblemAssert.IsRuleRefusal(reused, "idempotency.key-reused");
        Assert.Contains("另一项操作", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await _driver.StateAsync(filing));
    }

    [Fact]
    public async Task Keys_belong_to_their_user_so_two_reviewers_with_one_key_each_act()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        var key = Guid.NewGuid().ToString();

        (await _driver.ActAsync(filing.Head, filing, "comments", new { text = "部门意见" }, key)).Ok();
        (await _driver.ActAsync(Finance1, filing, "comments", new { text = "财政意见" }, key)).Ok();

        var comments = (await _driver.AuditAsync(filing)).EnumerateArray().Where(a => a.GetProperty("action").GetString() == "comment").ToList();
        Assert.Equal([filing.Head, Finance1], comments.Select(c => c.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task A_refused_request_stores_no_answer_so_its_retry_is_judged_afresh()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationFilled);
        var key = Guid.NewGuid().ToString();

        ProblemAssert.IsRuleRefusal(await _driver.ActAsync(filing.Head, filing, "approve", new { }, key), "review.not-in-review");
        (await _driver.ActAsync(filing.Filer, filing, "submit", new { })).Ok();
        var retried = (await _driver.ActAsync(filing.Head, filing, "approve", new { }, key)).Ok();

        Assert.Equal(2, retried.GetProperty("currentStep").GetInt32());
    }
}
