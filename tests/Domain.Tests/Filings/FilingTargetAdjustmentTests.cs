using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>
/// 绩效目标调整: allowed from the declaration's approval until the self-evaluation opens (in 监控 only while the
/// monitoring form is not in review); the reopened declaration re-runs a freshly pinned chain and the later
/// stage does not advance meanwhile.
/// </summary>
public class FilingTargetAdjustmentTests
{
    [Fact]
    public void An_adjustment_reopens_the_declaration_as_a_new_revision_and_re_pins_the_chain()
    {
        var fixture = new FilingFixture().SubmitAndApprove();
        var started = Assert.IsType<TargetAdjustmentStartedEvent>(Assert.Single(fixture.Do((f, now) =>
            f.StartTargetAdjustment(FilingFixture.Filer, " 项目内容变更 ", now))));
        Assert.Equal((2, "项目内容变更"), (started.Revision, started.Reason));
        Assert.True(fixture.Filing.IsAdjustingTargets);
        Assert.Equal((CycleStage.Declaration, StageState.Draft, (ApprovalChain?)null), (fixture.Filing.ActiveStage, fixture.Filing.State, fixture.Filing.Chain));
        var earlier = Assert.Single(fixture.Filing.ToSnapshot().EarlierDeclarations);
        Assert.Equal((1, StageState.Approved, 1), (earlier.Revision, earlier.State, earlier.FormVersion));

        fixture.Chain = FilingFixture.TwoStepChain(version: 2);
        fixture.Submit();
        Assert.Equal(2, fixture.Filing.Chain!.Version);
        Assert.Equal(2, fixture.Filing.FormVersion);
        fixture.Pass();
        var approval = fixture.Do((f, now) => f.Approve(FilingFixture.Finance, null, now));

        var approved = Assert.IsType<TargetAdjustmentApprovedEvent>(approval[^1]);
        Assert.Equal((2, 2), (approved.Revision, approved.FormVersion));
        Assert.Single(fixture.EventsOf<StageApprovedEvent>());
        Assert.False(fixture.Filing.IsAdjustingTargets);
        Assert.Equal(1, fixture.Filing.ToSnapshot().EarlierDeclarations[0].Chain!.Version);
        fixture.OpenNext();
        Assert.Equal(CycleStage.Monitoring, fixture.Filing.Stage);
    }

    [Fact]
    public void During_monitoring_the_review_actions_act_on_the_declaration_and_monitoring_waits()
    {
        var fixture = new FilingFixture().ToMonitoring().StartAdjustment();
        Assert.Equal((CycleStage.Monitoring, CycleStage.Declaration), (fixture.Filing.Stage, fixture.Filing.ActiveStage));

        var submitted = fixture.Do((f, now) => f.Submit(FilingFixture.Filer, FilingFixture.TwoStepChain(), now));
        Assert.Equal(CycleStage.Declaration, Assert.IsType<FilingSubmittedEvent>(submitted[0]).Stage);
        fixture.Pass().Pass();

        var monitoring = fixture.Filing.FormOf(CycleStage.Monitoring)!;
        Assert.Equal((StageState.Draft, 0), (monitoring.State, monitoring.FormVersion));
        Assert.Equal(CycleStage.Monitoring, fixture.Filing.ActiveStage);
        fixture.SubmitAndApprove();
        Assert.Equal(StageState.Approved, fixture.Filing.FormOf(CycleStage.Monitoring)!.State);
    }

    [Fact]
    public void After_monitoring_is_signed_off_an_adjustment_blocks_opening_the_self_evaluation_until_approved()
    {
        var fixture = new FilingFixture().ToMonitoring().SubmitAndApprove().StartAdjustment();
        Assert.Equal("adjustment.pending", Assert.Throws<FilingRuleException>(() => fixture.Filing.OpenNextStage(CycleStage.SelfEvaluation, fixture.Now)).Code);

        fixture.SubmitAndApprove().OpenNext();
        Assert.Equal(CycleStage.SelfEvaluation, fixture.Filing.Stage);
    }

    [Fact]
    public void Not_while_the_monitoring_form_is_in_review_and_not_once_the_self_evaluation_opened()
    {
        var inReview = new FilingFixture().ToMonitoring().Submit();
        Assert.Equal("adjustment.monitoring-in-review", Assert.Throws<FilingRuleException>(() =>
            inReview.Filing.StartTargetAdjustment(FilingFixture.Filer, "调整", inReview.Now)).Code);

        var late = new FilingFixture().ToSelfEvaluation();
        Assert.Equal("adjustment.too-late", Assert.Throws<FilingRuleException>(() =>
            late.Filing.StartTargetAdjustment(FilingFixture.Filer, "调整", late.Now)).Code);

        var noReason = new FilingFixture().SubmitAndApprove();
        Assert.Equal("adjustment.reason-required", Assert.Throws<FilingRuleException>(() =>
            noReason.Filing.StartTargetAdjustment(FilingFixture.Filer, " ", noReason.Now)).Code);
    }

    [Fact]
    public void A_returned_adjustment_resubmits_to_the_returning_step()
    {
        var fixture = new FilingFixture().SubmitAndApprove().StartAdjustment().Submit().Pass();
        fixture.ReturnToFiler("调整幅度缺少依据。");
        fixture.Submit();
        Assert.Equal((StageState.InReview, (int?)2), (fixture.Filing.State, fixture.Filing.CurrentStep));
    }

    [Fact]
    public void Cancelling_restores_the_approved_declaration_and_the_next_adjustment_gets_a_new_revision()
    {
        var fixture = new FilingFixture().ToMonitoring().StartAdjustment().Submit().ReturnToFiler();
        var cancelled = Assert.IsType<TargetAdjustmentCancelledEvent>(Assert.Single(fixture.Do((f, now) => f.CancelTargetAdjustment(FilingFixture.Filer, now))));
        Assert.Equal(2, cancelled.Revision);

        var declaration = fixture.Filing.FormOf(CycleStage.Declaration)!;
        Assert.Equal((1, StageState.Approved, 1), (declaration.Revision, declaration.State, declaration.FormVersion));
        Assert.Equal(FormAction.AdjustmentCancelled, declaration.History[^1].Action);
        Assert.False(fixture.Filing.IsAdjustingTargets);
        Assert.Equal([(2, StageState.Returned)], fixture.Filing.ToSnapshot().EarlierDeclarations.Select(r => (r.Revision, r.State)));

        fixture.StartAdjustment().Submit();
        Assert.Equal((3, 3), (fixture.Filing.FormOf(CycleStage.Declaration)!.Revision, fixture.Filing.FormVersion));
    }
}
