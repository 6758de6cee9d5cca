using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests;

[Collection(RealServersCollection.Name)]
public sealed class WalkingSkeletonTests
{
    [Fact]
    public async Task A_declaration_approved_across_separate_services_reaches_reviewer_inboxes_the_filer_and_the_cycle()
    {
        await using var services = await SeparateServices.StartAsync();
        var (department, filingId) = await services.FirstDemoFilingAsync();
        var filer = $"{department}-filer";
        var head = $"{department}-head";

        var submitted = await services.ActAsync(filer, filingId, "submit");
        Assert.Equal("InReview", submitted.GetProperty("state").GetString());

        var headTodo = Assert.Single(await services.InboxItemsAsync(head, filingId, "review-requested"));
        Assert.Equal(1, headTodo.GetProperty("step").GetInt32());
        Assert.Contains("待审核", headTodo.GetProperty("title").GetString(), StringComparison.Ordinal);

        await services.ActAsync(head, filingId, "approve", new { comment = "同意" });
        var financeTodo = Assert.Single(await services.InboxItemsAsync("finance-1", filingId, "review-requested"));
        Assert.Equal(2, financeTodo.GetProperty("step").GetInt32());

        await services.ActAsync("finance-1", filingId, "approve");
        await services.ActAsync("perf-office", filingId, "approve");

        var notice = Assert.Single(await services.InboxItemsAsync(filer, filingId, "approved"));
        Assert.Contains("已审核通过", notice.GetProperty("title").GetString(), StringComparison.Ordinal);

        var changes = await Eventually.WaitForAsync(async () =>
        {
            using var office = await services.AsAsync("perf-office", services.Workflow);
            var body = await office.GetFromJsonAsync<JsonElement>($"api/workflow/filings/{filingId}");
            return body.GetProperty("cycle").GetProperty("stageState").GetString() == "Approved"
                ? body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("change").GetString()).ToList()
                : null;
        }, "Workflow to record the approved declaration");
        // What the system guarantees: every change is recorded once, and the changes the Filing service made one after
        // another (open, then submit, then approve) keep that order. Where the declaration's stage-opened falls is not
        // guaranteed: it may share the opening's instant, or be stamped when Workflow heard it, after the submission.
        Assert.Equal(["approved", "opened", "stage-opened", "submitted"], changes.Order(StringComparer.Ordinal));
        Assert.Equal(["opened", "submitted", "approved"], changes.Where(c => c != "stage-opened"));
    }
}
