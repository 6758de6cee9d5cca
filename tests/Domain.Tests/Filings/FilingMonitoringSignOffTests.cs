using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>监控 is signed off by 部门负责人 and 财政业务科室; it is approved only when every required sign-off is there.</summary>
public class FilingMonitoringSignOffTests
{
    private static FilingFixture InMonitoring(ApprovalChain? monitoringChain = null)
    {
        var fixture = new FilingFixture().ToMonitoring();
        if (monitoringChain is not null)
        {
            fixture.Chain = monitoringChain;
        }

        return fixture.Submit();
    }

    [Fact]
    public void Each_sign_off_is_recorded_and_the_stage_is_approved_with_the_last_required_one()
    {
        var fixture = InMonitoring();
        var head = fixture.Do((f, now) => f.SignOff(FilingFixture.Head, "数据属实", now));
        var recorded = Assert.IsType<SignOffRecordedEvent>(head[0]);
        Assert.Equal((CycleStage.Monitoring, 1, "部门负责人", FilingFixture.Head, true), (recorded.Stage, recorded.Step, recorded.Role, recorded.SignedBy, recorded.StepCompleted));
        Assert.Equal(2, Assert.IsType<ReviewRequestedEvent>(head[1]).Step);
        Assert.Equal(StageState.InReview, fixture.Filing.State);
        Assert.DoesNotContain(fixture.Events, e => e is StageApprovedEvent { Stage: CycleStage.Monitoring });

        var finance = fixture.Do((f, now) => f.SignOff(FilingFixture.Finance, null, now));
        Assert.IsType<SignOffRecordedEvent>(finance[0]);
        Assert.Equal(CycleStage.Monitoring, Assert.IsType<StageApprovedEvent>(finance[1]).Stage);
        Assert.Equal(StageState.Approved, fixture.Filing.State);
        Assert.Equal(
            [(1, FilingFixture.Head), (2, FilingFixture.Finance)],
            fixture.Filing.FormOf(CycleStage.Monitoring)!.SignOffs.Select(o => (o.Step, o.SignedBy)));
    }

    [Fact]
    public void A_countersigned_finance_step_needs_both_finance_sign_offs()
    {
        var fixture = InMonitoring(ApprovalChain.Create("region-a/2026/Monitoring", 1,
        [
            new ApprovalStep(1, "部门负责人", SignMode.Single, [FilingFixture.Head]),
            new ApprovalStep(2, "财政业务科室", SignMode.All, ["finance-1", "finance-2"]),
        ]));
        fixture.Do((f, now) => f.SignOff(FilingFixture.Head, null, now));
        var first = fixture.Do((f, now) => f.SignOff("finance-2", null, now));
        Assert.False(Assert.IsType<SignOffRecordedEvent>(Assert.Single(first)).StepCompleted);
        Assert.Equal(StageState.InReview, fixture.Filing.State);

        fixture.Do((f, now) => f.SignOff("finance-1", null, now));
        Assert.Equal(StageState.Approved, fixture.Filing.State);
        Assert.Equal(3, fixture.Filing.FormOf(CycleStage.Monitoring)!.SignOffs.Count);
    }

    [Fact]
    public void Approve_is_refused_in_monitoring_and_sign_off_elsewhere()
    {
        var fixture = InMonitoring();
        Assert.Equal("monitoring.sign-off-required", Assert.Throws<FilingRuleException>(() => fixture.Filing.Approve(FilingFixture.Head, null, fixture.Now)).Code);

        var declaration = new FilingFixture().Submit();
        Assert.Equal("sign-off.monitoring-only", Assert.Throws<FilingRuleException>(() => declaration.Filing.SignOff(FilingFixture.Head, null, declaration.Now)).Code);
    }

    [Fact]
    public void Returning_one_step_back_voids_that_steps_sign_off_so_it_must_sign_again()
    {
        var fixture = InMonitoring();
        fixture.Do((f, now) => f.SignOff(FilingFixture.Head, null, now));
        fixture.Do((f, now) => f.Return(FilingFixture.Finance, "执行率与国库数据不符。", toPreviousStep: true, now));
        Assert.Empty(fixture.Filing.FormOf(CycleStage.Monitoring)!.SignOffs);
        Assert.Equal(1, fixture.Filing.CurrentStep);

        fixture.Do((f, now) => f.SignOff(FilingFixture.Head, "已核对", now));
        fixture.Do((f, now) => f.SignOff(FilingFixture.Finance, null, now));
        Assert.Equal(StageState.Approved, fixture.Filing.State);
    }

    [Fact]
    public void After_a_return_to_the_filer_the_earlier_steps_sign_offs_stand_and_the_returning_step_signs_again()
    {
        var fixture = InMonitoring();
        fixture.Do((f, now) => f.SignOff(FilingFixture.Head, null, now));
        fixture.Do((f, now) => f.Return(FilingFixture.Finance, "请补充偏差原因。", toPreviousStep: false, now));
        Assert.Equal([1], fixture.Filing.FormOf(CycleStage.Monitoring)!.SignOffs.Select(o => o.Step));

        fixture.Submit();
        Assert.Equal(2, fixture.Filing.CurrentStep);
        Assert.Equal("review.not-assignee", Assert.Throws<FilingRuleException>(() => fixture.Filing.SignOff(FilingFixture.Head, null, fixture.Now)).Code);
        fixture.Do((f, now) => f.SignOff(FilingFixture.Finance, null, now));
        Assert.Equal(StageState.Approved, fixture.Filing.State);
        Assert.Equal([1, 2], fixture.Filing.FormOf(CycleStage.Monitoring)!.SignOffs.Select(o => o.Step));
    }

    [Fact]
    public void Withdrawing_clears_the_sign_offs_so_a_fresh_submission_needs_all_of_them()
    {
        var fixture = InMonitoring();
        fixture.Do((f, now) => f.Withdraw(FilingFixture.Filer, now));
        fixture.Submit();
        Assert.Empty(fixture.Filing.FormOf(CycleStage.Monitoring)!.SignOffs);
        Assert.Equal(1, fixture.Filing.CurrentStep);
    }
}
