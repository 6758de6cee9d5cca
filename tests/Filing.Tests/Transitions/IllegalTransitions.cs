using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Filing.Tests.Infrastructure.DemoOrganisation;

namespace PerfWorkflow.Filing.Tests.Transitions;

/// <summary>Every transition the filing refuses, one per rule, across the four stages and the closed cycle.</summary>
public static class IllegalTransitions
{
    private static readonly object Approve = new { comment = "同意" };

    public static IReadOnlyList<IllegalTransition> All { get; } =
    [
        new("submit without a form", At(Milestone.DeclarationDraft), f => f.Filer, "submit", new { }, "form.missing"),
        new("withdraw a draft", At(Milestone.DeclarationFilled), f => f.Filer, "withdraw", null, "filing.not-in-review"),
        new("approve a draft", At(Milestone.DeclarationFilled), f => f.Head, "approve", Approve, "review.not-in-review"),
        new("submit twice", At(Milestone.DeclarationInReview), f => f.Filer, "submit", new { }, "filing.not-editable"),
        new("approve another step", At(Milestone.DeclarationInReview), _ => Finance1, "approve", Approve, "review.not-assignee"),
        new("sign off a declaration", At(Milestone.DeclarationInReview), f => f.Head, "sign-off", Approve, "sign-off.monitoring-only"),
        new("return from step 1 to a previous step", At(Milestone.DeclarationInReview), f => f.Head, "return",
            new { comment = "请修改", toPreviousStep = true }, "review.no-previous-step"),
        new("transfer to oneself", At(Milestone.DeclarationInReview), f => f.Head, "transfer",
            (Func<FilingRef, object?>)(f => new { toUserId = f.Head }), "review.transfer-target"),
        new("withdraw after a decision", AfterHeadApproved, f => f.Filer, "withdraw", null, "filing.already-decided"),
        new("open monitoring before the declaration is approved", At(Milestone.DeclarationInReview), _ => PerformanceOffice, "stages",
            new { stage = "Monitoring" }, "stage.previous-not-approved"),
        new("skip a stage", At(Milestone.DeclarationApproved), _ => PerformanceOffice, "stages", new { stage = "SelfEvaluation" }, "stage.out-of-order"),
        new("adjust targets before they are approved", At(Milestone.DeclarationInReview), f => f.Filer, "target-adjustment",
            new { reason = "调整" }, "adjustment.declaration-not-approved"),
        new("cancel an adjustment nobody started", At(Milestone.DeclarationApproved), f => f.Filer, "target-adjustment/cancel", null, "adjustment.not-pending"),
        new("raise a rectification item in 申报", At(Milestone.DeclarationApproved), _ => Finance1, "rectifications",
            FilingDriver.RectificationItem(), "rectification.too-early"),
        new("approve a monitoring form", At(Milestone.MonitoringInReview), f => f.Head, "approve", Approve, "monitoring.sign-off-required"),
        new("adjust targets while monitoring is in review", At(Milestone.MonitoringInReview), f => f.Filer, "target-adjustment",
            new { reason = "调整" }, "adjustment.monitoring-in-review"),
        new("submit evidence for an item that does not exist", At(Milestone.MonitoringDraft), f => f.Filer, "rectifications/9/submit",
            new { evidence = "已整改" }, "rectification.item-unknown"),
        new("verify an item before its evidence", OpenItem, _ => Finance1, "rectifications/1/verify", new { comment = "核实" }, "rectification.not-submitted"),
        new("submit evidence without evidence", OpenItem, f => f.Filer, "rectifications/1/submit", new { evidence = " " }, "rectification.evidence-required"),
        new("adjust targets in 自评", At(Milestone.SelfEvaluationDraft), f => f.Filer, "target-adjustment", new { reason = "调整" }, "adjustment.too-late"),
        new("spot-check a self-evaluation in review", At(Milestone.SelfEvaluationInReview), _ => PerformanceOffice, "score-adjustment",
            new { points = 80, reason = "复核" }, "spot-check.not-approved"),
        new("spot-check to the same score", At(Milestone.SelfEvaluationApproved), _ => PerformanceOffice, "score-adjustment",
            new { points = 96, reason = "复核" }, "spot-check.unchanged"),

        // The service looks up the stage's approval chain before the filing can say why: 整改 has none.
        new("submit a whole form in 整改", At(Milestone.Rectification), f => f.Filer, "submit", new { }, "chain.stage"),
        new("close with an item outstanding", RectificationWithOpenItem, _ => PerformanceOffice, "stages", new { stage = "Closed" },
            "rectification.items-outstanding"),
        new("comment on a closed cycle", At(Milestone.Closed), f => f.Filer, "comments", new { text = "补充说明" }, "filing.closed"),
        new("reopen a closed cycle", At(Milestone.Closed), _ => PerformanceOffice, "stages", new { stage = "Closed" }, "filing.closed"),
    ];

    private static Func<FilingDriver, Task<FilingRef>> At(Milestone milestone) => driver => driver.NewAtAsync(milestone);

    private static async Task<FilingRef> AfterHeadApproved(FilingDriver driver)
    {
        var filing = await driver.NewAtAsync(Milestone.DeclarationInReview);
        await driver.MustActAsync(filing.Head, filing, "approve", Approve);
        return filing;
    }

    private static async Task<FilingRef> OpenItem(FilingDriver driver)
    {
        var filing = await driver.NewAtAsync(Milestone.MonitoringDraft);
        Assert.Equal(1, await driver.RaiseItemAsync(filing));
        return filing;
    }

    private static async Task<FilingRef> RectificationWithOpenItem(FilingDriver driver)
    {
        var filing = await driver.NewAtAsync(Milestone.Rectification);
        await driver.RaiseItemAsync(filing);
        return filing;
    }
}
