using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Tests.Filings;

public class FilingReviewTests
{
    private static ApprovalChain Chain(params ApprovalStep[] steps) => ApprovalChain.Create("region-a/2026/Declaration", 1, steps);

    [Fact]
    public void Countersigning_waits_for_all_three_signers_and_refuses_a_second_signature()
    {
        var fixture = new FilingFixture(Chain(
            new ApprovalStep(1, "部门领导班子", SignMode.All, ["lead-a", "lead-b", "lead-c"]),
            new ApprovalStep(2, "财政业务科室", SignMode.Single, [FilingFixture.Finance]))).Submit();

        var first = fixture.Do((f, now) => f.Approve("lead-b", null, now));
        Assert.False(Assert.IsType<ReviewApprovedEvent>(Assert.Single(first)).StepCompleted);
        fixture.Do((f, now) => f.Approve("lead-a", "同意", now));
        Assert.Equal(1, fixture.Filing.CurrentStep);
        Assert.Equal(["lead-b", "lead-a"], fixture.Filing.FormOf(CycleStage.Declaration)!.StepSignatures);

        var again = Assert.Throws<FilingRuleException>(() => fixture.Filing.Approve("lead-a", null, fixture.Now));
        Assert.Equal("review.already-signed", again.Code);

        var last = fixture.Do((f, now) => f.Approve("lead-c", null, now));
        Assert.True(Assert.IsType<ReviewApprovedEvent>(last[0]).StepCompleted);
        var request = Assert.IsType<ReviewRequestedEvent>(last[1]);
        Assert.Equal(2, request.Step);
        Assert.Equal([FilingFixture.Finance], request.Assignees);
        Assert.Equal(2, fixture.Filing.CurrentStep);
        Assert.Empty(fixture.Filing.FormOf(CycleStage.Declaration)!.StepSignatures);
    }

    [Fact]
    public void One_countersigner_returning_sends_the_form_back_and_everyone_signs_the_new_version()
    {
        var fixture = new FilingFixture(Chain(new ApprovalStep(1, "部门领导班子", SignMode.All, ["lead-a", "lead-b", "lead-c"]))).Submit();
        fixture.Do((f, now) => f.Approve("lead-a", null, now));
        fixture.Do((f, now) => f.Return("lead-b", "项目支出表合计不平。", toPreviousStep: false, now));
        Assert.Equal(StageState.Returned, fixture.Filing.State);

        fixture.Submit();
        Assert.Equal(1, fixture.Filing.CurrentStep);
        fixture.Do((f, now) => f.Approve("lead-b", null, now));
        fixture.Do((f, now) => f.Approve("lead-c", null, now));
        Assert.Equal(StageState.InReview, fixture.Filing.State);
        fixture.Do((f, now) => f.Approve("lead-a", null, now));
        Assert.Equal(StageState.Approved, fixture.Filing.State);
    }

    [Fact]
    public void Either_of_two_signers_decides_for_the_step_and_the_other_then_cannot()
    {
        var fixture = new FilingFixture(Chain(
            new ApprovalStep(1, "财政业务科室", SignMode.Any, ["finance-1", "finance-2"]),
            new ApprovalStep(2, "绩效管理科", SignMode.Single, [FilingFixture.PerformanceOffice]))).Submit();

        var events = fixture.Do((f, now) => f.Approve("finance-2", null, now));
        Assert.True(Assert.IsType<ReviewApprovedEvent>(events[0]).StepCompleted);
        Assert.Equal(2, fixture.Filing.CurrentStep);
        Assert.Equal("review.not-assignee", Assert.Throws<FilingRuleException>(() => fixture.Filing.Approve("finance-1", null, fixture.Now)).Code);
    }

    [Fact]
    public void Returning_one_step_back_then_to_the_filer_makes_the_resubmission_start_at_the_returning_step()
    {
        var fixture = new FilingFixture(Chain(
            new ApprovalStep(1, "部门负责人", SignMode.Single, [FilingFixture.Head]),
            new ApprovalStep(2, "财政业务科室", SignMode.Single, [FilingFixture.Finance]),
            new ApprovalStep(3, "绩效管理科", SignMode.Single, [FilingFixture.PerformanceOffice]))).Submit().Pass().Pass();

        var back = fixture.Do((f, now) => f.Return(FilingFixture.PerformanceOffice, "  请财政科复核资金来源。 ", toPreviousStep: true, now));
        var returned = Assert.IsType<FilingReturnedEvent>(back[0]);
        Assert.Equal((3, (int?)2, "请财政科复核资金来源。"), (returned.FromStep, returned.ToStep, returned.Comment));
        Assert.Equal(2, Assert.IsType<ReviewRequestedEvent>(back[1]).Step);
        Assert.Equal((StageState.InReview, (int?)2), (fixture.Filing.State, fixture.Filing.CurrentStep));

        fixture.ReturnToFiler();
        Assert.Equal((StageState.Returned, (int?)null), (fixture.Filing.State, fixture.Filing.CurrentStep));

        var resubmitted = fixture.Do((f, now) => f.Submit(FilingFixture.Filer, f.Chain!, now));
        var submitted = Assert.IsType<FilingSubmittedEvent>(resubmitted[0]);
        Assert.True(submitted.IsResubmission);
        Assert.Equal(2, submitted.FormVersion);
        Assert.Equal(2, Assert.IsType<ReviewRequestedEvent>(resubmitted[1]).Step);

        fixture.Pass().Pass();
        Assert.Equal(StageState.Approved, fixture.Filing.State);
        Assert.Equal(
            [FormAction.Opened, FormAction.Submitted, FormAction.Approved, FormAction.Approved, FormAction.ReturnedToPreviousStep,
             FormAction.Returned, FormAction.Resubmitted, FormAction.Approved, FormAction.Approved],
            fixture.Filing.FormOf(CycleStage.Declaration)!.History.Select(h => h.Action));
    }

    [Fact]
    public void A_return_needs_a_comment()
    {
        var fixture = new FilingFixture().Submit();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        Assert.Equal("review.comment-required", Assert.Throws<FilingRuleException>(() => fixture.Filing.Return(FilingFixture.Head, "  ", false, fixture.Now)).Code);
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));
    }

    [Fact]
    public void Withdrawing_is_allowed_before_the_first_decision_and_refused_after_it()
    {
        var fixture = new FilingFixture().Submit();
        var withdrawn = fixture.Do((f, now) => f.Withdraw(FilingFixture.Filer, now));
        Assert.IsType<SubmissionWithdrawnEvent>(Assert.Single(withdrawn));
        Assert.Equal(StageState.Draft, fixture.Filing.State);

        fixture.Submit().Pass();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        var refused = Assert.Throws<FilingRuleException>(() => fixture.Filing.Withdraw(FilingFixture.Filer, fixture.Now));
        Assert.Equal("filing.already-decided", refused.Code);
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));
    }

    [Fact]
    public void Transfer_hands_the_place_to_a_colleague_who_then_decides_alone()
    {
        var fixture = new FilingFixture().Submit();
        var events = fixture.Do((f, now) => f.Transfer(FilingFixture.Head, "deputy-head", "出差一周", now));
        var transferred = Assert.IsType<ReviewTransferredEvent>(events[0]);
        Assert.Equal((FilingFixture.Head, "deputy-head"), (transferred.From, transferred.To));
        Assert.Equal(["deputy-head"], Assert.IsType<ReviewRequestedEvent>(events[1]).Assignees);

        Assert.Equal("review.not-assignee", Assert.Throws<FilingRuleException>(() => fixture.Filing.Approve(FilingFixture.Head, null, fixture.Now)).Code);
        fixture.Do((f, now) => f.Approve("deputy-head", null, now));
        Assert.Equal(2, fixture.Filing.CurrentStep);
    }

    [Fact]
    public void Transfer_is_not_a_decision_so_the_filer_may_still_withdraw()
    {
        var fixture = new FilingFixture().Submit();
        fixture.Do((f, now) => f.Transfer(FilingFixture.Head, "deputy-head", null, now));
        fixture.Do((f, now) => f.Withdraw(FilingFixture.Filer, now));
        Assert.Equal(StageState.Draft, fixture.Filing.State);
    }

    [Fact]
    public void Transfer_refuses_oneself_a_fellow_assignee_and_a_signer_who_already_signed()
    {
        var fixture = new FilingFixture(Chain(new ApprovalStep(1, "部门领导班子", SignMode.All, ["lead-a", "lead-b"]))).Submit();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        Assert.Equal("review.transfer-target", Assert.Throws<FilingRuleException>(() => fixture.Filing.Transfer("lead-a", "lead-a", null, fixture.Now)).Code);
        Assert.Equal("review.transfer-already-assigned", Assert.Throws<FilingRuleException>(() => fixture.Filing.Transfer("lead-a", "lead-b", null, fixture.Now)).Code);
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));

        fixture.Do((f, now) => f.Approve("lead-a", null, now));
        Assert.Equal("review.transfer-after-signing", Assert.Throws<FilingRuleException>(() => fixture.Filing.Transfer("lead-a", "lead-z", null, fixture.Now)).Code);
    }

    [Fact]
    public void A_comment_is_reported_with_the_form_version_and_step_and_changes_nothing()
    {
        var fixture = new FilingFixture().Submit();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        var comment = Assert.IsType<CommentAddedEvent>(Assert.Single(fixture.Do((f, now) => f.Comment(FilingFixture.Finance, " 建议补充成本指标。 ", now))));
        Assert.Equal((CycleStage.Declaration, 1, (int?)1, FilingFixture.Finance, "建议补充成本指标。"), (comment.Stage, comment.FormVersion, comment.Step, comment.By, comment.Text));
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));
        Assert.Equal("comment.text-required", Assert.Throws<FilingRuleException>(() => fixture.Filing.Comment(FilingFixture.Finance, "", fixture.Now)).Code);
    }

    [Fact]
    public void A_reviewer_outside_the_current_step_is_refused()
    {
        var fixture = new FilingFixture().Submit();
        Assert.Equal("review.not-assignee", Assert.Throws<FilingRuleException>(() => fixture.Filing.Approve(FilingFixture.Finance, null, fixture.Now)).Code);
    }
}
