using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Tests.Filings;

internal static class FilingActionRunner
{
    public static readonly EvaluationScore SpotCheckScore = new(84m, PerformanceGrade.Good);

    /// <summary>
    /// The codes each action may refuse with when the actor is right and the input is valid: what is left is
    /// refusal for the stage or state, which is what the matrix is about.
    /// </summary>
    public static readonly IReadOnlyDictionary<FilingAction, string[]> StateRefusals = new Dictionary<FilingAction, string[]>
    {
        [FilingAction.Submit] = ["filing.closed", "filing.not-editable", "self-evaluation.score-required", "rectification.submit-items"],
        [FilingAction.SubmitWithScore] = ["filing.closed", "filing.not-editable", "filing.score-not-expected", "rectification.submit-items"],
        [FilingAction.Approve] = ["filing.closed", "review.not-in-review", "monitoring.sign-off-required"],
        [FilingAction.SignOff] = ["filing.closed", "review.not-in-review", "sign-off.monitoring-only"],
        [FilingAction.ReturnToFiler] = ["filing.closed", "review.not-in-review"],
        [FilingAction.ReturnOneStep] = ["filing.closed", "review.not-in-review", "review.no-previous-step"],
        [FilingAction.Withdraw] = ["filing.closed", "filing.not-in-review", "filing.already-decided"],
        [FilingAction.Transfer] = ["filing.closed", "review.not-in-review"],
        [FilingAction.Comment] = ["filing.closed"],
        [FilingAction.OpenNextStage] = ["filing.closed", "adjustment.pending", "stage.previous-not-approved", "rectification.items-outstanding"],
        [FilingAction.StartAdjustment] = ["filing.closed", "adjustment.too-late", "adjustment.declaration-not-approved", "adjustment.monitoring-in-review"],
        [FilingAction.CancelAdjustment] = ["filing.closed", "adjustment.not-pending", "adjustment.in-review"],
        [FilingAction.AdjustScore] = ["filing.closed", "spot-check.not-approved"],
        [FilingAction.RaiseItem] = ["filing.closed", "rectification.too-early"],
        [FilingAction.SubmitItem] = ["filing.closed", "rectification.item-unknown", "rectification.not-open"],
        [FilingAction.VerifyItem] = ["filing.closed", "rectification.item-unknown", "rectification.not-submitted"],
        [FilingAction.RejectItem] = ["filing.closed", "rectification.item-unknown", "rectification.not-submitted"],
    };

    public static IReadOnlyList<IFilingEvent> Run(Filing filing, FilingAction action, ApprovalChain chain, DateTimeOffset now)
    {
        var reviewer = filing.CurrentStep is { } step && filing.Chain is { } pinned ? pinned.Step(step).Assignees[0] : FilingFixture.Head;
        return action switch
        {
            FilingAction.Submit => filing.Submit(FilingFixture.Filer, chain, now),
            FilingAction.SubmitWithScore => filing.Submit(FilingFixture.Filer, chain, FilingFixture.SelfScore, now),
            FilingAction.Approve => filing.Approve(reviewer, "同意", now),
            FilingAction.SignOff => filing.SignOff(reviewer, "情况属实", now),
            FilingAction.ReturnToFiler => filing.Return(reviewer, "请补充偏差原因。", toPreviousStep: false, now),
            FilingAction.ReturnOneStep => filing.Return(reviewer, "请上一步复核。", toPreviousStep: true, now),
            FilingAction.Withdraw => filing.Withdraw(FilingFixture.Filer, now),
            FilingAction.Transfer => filing.Transfer(reviewer, "colleague-9", "出差，请代为审核。", now),
            FilingAction.Comment => filing.Comment(FilingFixture.PerformanceOffice, "请关注满意度指标的测算口径。", now),
            FilingAction.OpenNextStage => filing.OpenNextStage(filing.Stage + 1, now),
            FilingAction.StartAdjustment => filing.StartTargetAdjustment(FilingFixture.Filer, "项目实施内容调整，申请调整绩效目标。", now),
            FilingAction.CancelAdjustment => filing.CancelTargetAdjustment(FilingFixture.Filer, now),
            FilingAction.AdjustScore => filing.AdjustScore(FilingFixture.PerformanceOffice, SpotCheckScore, "抽查发现满意度调查样本不足。", now),
            FilingAction.RaiseItem => filing.RaiseRectification(FilingFixture.Finance, RectificationSource.Audit, "合同管理不规范", "完善合同台账", "办公室", DateOnly.FromDateTime(now.DateTime).AddDays(60), now),
            FilingAction.SubmitItem => filing.SubmitRectification(FilingFixture.Filer, 1, "已建立合同台账。", [], now),
            FilingAction.VerifyItem => filing.VerifyRectification(FilingFixture.Finance, 1, null, now),
            FilingAction.RejectItem => filing.RejectRectification(FilingFixture.Finance, 1, "佐证材料不全。", now),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
