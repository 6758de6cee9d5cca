using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>
/// Every action in every situation a filing can be in: the legal ones change the filing (bump its version, or, for
/// a comment, only report), the illegal ones refuse with a state code and leave the snapshot exactly as it was.
/// </summary>
public class FilingTransitionMatrixTests
{
    internal static readonly Dictionary<string, (Func<FilingFixture> Build, FilingAction[] Legal)> Situations = new()
    {
        ["申报.草稿"] = (() => new FilingFixture(), [FilingAction.Submit, FilingAction.Comment]),
        ["申报.审核中@1"] = (() => new FilingFixture().Submit(),
            [FilingAction.Approve, FilingAction.ReturnToFiler, FilingAction.Withdraw, FilingAction.Transfer, FilingAction.Comment]),
        ["申报.审核中@2"] = (() => new FilingFixture().Submit().Pass(),
            [FilingAction.Approve, FilingAction.ReturnToFiler, FilingAction.ReturnOneStep, FilingAction.Transfer, FilingAction.Comment]),
        ["申报.退回修改"] = (() => new FilingFixture().Submit().ReturnToFiler(), [FilingAction.Submit, FilingAction.Comment]),
        ["申报.已批复"] = (() => new FilingFixture().SubmitAndApprove(),
            [FilingAction.Comment, FilingAction.OpenNextStage, FilingAction.StartAdjustment]),
        ["申报.调整.草稿"] = (() => new FilingFixture().SubmitAndApprove().StartAdjustment(),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.CancelAdjustment]),
        ["申报.调整.审核中@1"] = (() => new FilingFixture().SubmitAndApprove().StartAdjustment().Submit(),
            [FilingAction.Approve, FilingAction.ReturnToFiler, FilingAction.Withdraw, FilingAction.Transfer, FilingAction.Comment]),
        ["申报.调整.退回修改"] = (() => new FilingFixture().SubmitAndApprove().StartAdjustment().Submit().ReturnToFiler(),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.CancelAdjustment]),
        ["监控.草稿"] = (() => new FilingFixture().ToMonitoring(),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.StartAdjustment, FilingAction.RaiseItem]),
        ["监控.审核中@1"] = (() => new FilingFixture().ToMonitoring().Submit(),
            [FilingAction.SignOff, FilingAction.ReturnToFiler, FilingAction.Withdraw, FilingAction.Transfer, FilingAction.Comment, FilingAction.RaiseItem]),
        ["监控.审核中@2"] = (() => new FilingFixture().ToMonitoring().Submit().Pass(),
            [FilingAction.SignOff, FilingAction.ReturnToFiler, FilingAction.ReturnOneStep, FilingAction.Transfer, FilingAction.Comment, FilingAction.RaiseItem]),
        ["监控.退回修改"] = (() => new FilingFixture().ToMonitoring().Submit().ReturnToFiler(),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.StartAdjustment, FilingAction.RaiseItem]),
        ["监控.已签认"] = (() => new FilingFixture().ToMonitoring().SubmitAndApprove(),
            [FilingAction.Comment, FilingAction.OpenNextStage, FilingAction.StartAdjustment, FilingAction.RaiseItem]),
        ["监控.草稿+调整.草稿"] = (() => new FilingFixture().ToMonitoring().StartAdjustment(),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.CancelAdjustment, FilingAction.RaiseItem]),
        ["监控.草稿+调整.审核中@1"] = (() => new FilingFixture().ToMonitoring().StartAdjustment().Submit(),
            [FilingAction.Approve, FilingAction.ReturnToFiler, FilingAction.Withdraw, FilingAction.Transfer, FilingAction.Comment, FilingAction.RaiseItem]),
        ["监控.已签认+调整.草稿"] = (() => new FilingFixture().ToMonitoring().SubmitAndApprove().StartAdjustment(),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.CancelAdjustment, FilingAction.RaiseItem]),
        ["监控.草稿+整改已提交"] = (() => new FilingFixture().ToMonitoring().RaiseItem(RectificationSource.Monitoring).SubmitItem(1),
            [FilingAction.Submit, FilingAction.Comment, FilingAction.StartAdjustment, FilingAction.RaiseItem, FilingAction.VerifyItem, FilingAction.RejectItem]),
        ["自评.草稿"] = (() => new FilingFixture().ToSelfEvaluation(),
            [FilingAction.SubmitWithScore, FilingAction.Comment, FilingAction.RaiseItem]),
        ["自评.审核中@1"] = (() => new FilingFixture().ToSelfEvaluation().Submit(FilingFixture.SelfScore),
            [FilingAction.Approve, FilingAction.ReturnToFiler, FilingAction.Withdraw, FilingAction.Transfer, FilingAction.Comment, FilingAction.RaiseItem]),
        ["自评.退回修改"] = (() => new FilingFixture().ToSelfEvaluation().Submit(FilingFixture.SelfScore).ReturnToFiler(),
            [FilingAction.SubmitWithScore, FilingAction.Comment, FilingAction.RaiseItem]),
        ["自评.已审定"] = (() => new FilingFixture().ToSelfEvaluation().SubmitAndApprove(),
            [FilingAction.Comment, FilingAction.OpenNextStage, FilingAction.AdjustScore, FilingAction.RaiseItem]),
        ["整改.事项待整改"] = (() => new FilingFixture().ToRectification().RaiseItem(),
            [FilingAction.Comment, FilingAction.AdjustScore, FilingAction.RaiseItem, FilingAction.SubmitItem]),
        ["整改.事项已提交"] = (() => new FilingFixture().ToRectification().RaiseItem().SubmitItem(1),
            [FilingAction.Comment, FilingAction.AdjustScore, FilingAction.RaiseItem, FilingAction.VerifyItem, FilingAction.RejectItem]),
        ["整改.无事项"] = (() => new FilingFixture().ToRectification(),
            [FilingAction.Comment, FilingAction.OpenNextStage, FilingAction.AdjustScore, FilingAction.RaiseItem]),
        ["已结束"] = (() => new FilingFixture().ToRectification().RaiseItem().SubmitItem(1).VerifyItem(1), []),
    };

    public static TheoryData<string, FilingAction> Matrix()
    {
        var data = new TheoryData<string, FilingAction>();
        foreach (var situation in Situations.Keys)
        {
            foreach (var action in Enum.GetValues<FilingAction>())
            {
                data.Add(situation, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_action_in_each_situation_is_taken_or_refused_without_a_trace(string situation, FilingAction action)
    {
        var (build, legal) = Situations[situation];
        var fixture = build();
        var filing = fixture.Filing;
        var before = FilingFixture.SnapshotJson(filing);
        var now = fixture.Now.AddHours(1);

        if (legal.Contains(action))
        {
            var events = FilingActionRunner.Run(filing, action, fixture.Chain, now);
            Assert.NotEmpty(events);
            Assert.All(events, e => Assert.Equal(filing.Id, e.FilingId));
            Assert.All(events, e => Assert.Equal(now, e.OccurredAt));
            if (action == FilingAction.Comment)
            {
                Assert.IsType<CommentAddedEvent>(Assert.Single(events));
                Assert.Equal(before, FilingFixture.SnapshotJson(filing));
            }
            else
            {
                Assert.NotEqual(before, FilingFixture.SnapshotJson(filing));
                Assert.Equal(FilingFixture.SnapshotJson(filing), FilingFixture.SnapshotJson(Filing.FromSnapshot(FilingFixture.RoundTrip(filing.ToSnapshot()))));
            }

            return;
        }

        var refused = Assert.Throws<FilingRuleException>(() => FilingActionRunner.Run(filing, action, fixture.Chain, now));
        Assert.Contains(refused.Code, FilingActionRunner.StateRefusals[action]);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Equal(before, FilingFixture.SnapshotJson(filing));
    }

    [Fact]
    public void Legal_actions_bump_the_version_once_and_comments_not_at_all()
    {
        foreach (var (situation, (build, legal)) in Situations)
        {
            foreach (var action in legal)
            {
                var fixture = build();
                var version = fixture.Filing.Version;
                FilingActionRunner.Run(fixture.Filing, action, fixture.Chain, fixture.Now.AddHours(1));
                Assert.True(
                    fixture.Filing.Version == version + (action == FilingAction.Comment ? 0 : 1),
                    $"{situation} / {action}: version {version} → {fixture.Filing.Version}");
            }
        }
    }

    [Theory]
    [InlineData("申报.草稿", FilingAction.SubmitWithScore, "filing.score-not-expected")]
    [InlineData("申报.草稿", FilingAction.StartAdjustment, "adjustment.declaration-not-approved")]
    [InlineData("申报.草稿", FilingAction.RaiseItem, "rectification.too-early")]
    [InlineData("申报.审核中@1", FilingAction.ReturnOneStep, "review.no-previous-step")]
    [InlineData("申报.审核中@1", FilingAction.SignOff, "sign-off.monitoring-only")]
    [InlineData("申报.审核中@2", FilingAction.Withdraw, "filing.already-decided")]
    [InlineData("申报.已批复", FilingAction.Submit, "filing.not-editable")]
    [InlineData("申报.调整.草稿", FilingAction.OpenNextStage, "adjustment.pending")]
    [InlineData("申报.调整.审核中@1", FilingAction.CancelAdjustment, "adjustment.in-review")]
    [InlineData("监控.审核中@1", FilingAction.Approve, "monitoring.sign-off-required")]
    [InlineData("监控.审核中@1", FilingAction.StartAdjustment, "adjustment.monitoring-in-review")]
    [InlineData("监控.草稿", FilingAction.CancelAdjustment, "adjustment.not-pending")]
    [InlineData("监控.草稿", FilingAction.OpenNextStage, "stage.previous-not-approved")]
    [InlineData("监控.已签认+调整.草稿", FilingAction.OpenNextStage, "adjustment.pending")]
    [InlineData("监控.草稿+调整.草稿", FilingAction.SignOff, "sign-off.monitoring-only")]
    [InlineData("监控.草稿+整改已提交", FilingAction.SubmitItem, "rectification.not-open")]
    [InlineData("自评.草稿", FilingAction.Submit, "self-evaluation.score-required")]
    [InlineData("自评.草稿", FilingAction.StartAdjustment, "adjustment.too-late")]
    [InlineData("自评.审核中@1", FilingAction.AdjustScore, "spot-check.not-approved")]
    [InlineData("整改.事项待整改", FilingAction.VerifyItem, "rectification.not-submitted")]
    [InlineData("整改.事项待整改", FilingAction.OpenNextStage, "rectification.items-outstanding")]
    [InlineData("整改.事项待整改", FilingAction.Submit, "rectification.submit-items")]
    [InlineData("整改.无事项", FilingAction.SubmitItem, "rectification.item-unknown")]
    [InlineData("已结束", FilingAction.Comment, "filing.closed")]
    public void Refusals_name_the_reason(string situation, FilingAction action, string code)
    {
        var fixture = Situations[situation].Build();
        var refused = Assert.Throws<FilingRuleException>(() => FilingActionRunner.Run(fixture.Filing, action, fixture.Chain, fixture.Now.AddHours(1)));
        Assert.Equal(code, refused.Code);
    }
}
