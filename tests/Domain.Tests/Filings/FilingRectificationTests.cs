using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>整改清单: each item on its own (open → submitted → verified, rejected back to open); the cycle closes with the last.</summary>
public class FilingRectificationTests
{
    [Fact]
    public void An_item_is_raised_with_its_source_problem_measure_owner_and_deadline()
    {
        var fixture = new FilingFixture().ToMonitoring();
        var deadline = new DateOnly(2026, 9, 30);
        var raised = Assert.IsType<RectificationRaisedEvent>(Assert.Single(fixture.Do((f, now) =>
            f.RaiseRectification(FilingFixture.Finance, RectificationSource.Monitoring, " 执行率低于40% ", "加快项目招标", "基建科 王某", deadline, now))));
        Assert.Equal((1, RectificationSource.Monitoring, "执行率低于40%", "加快项目招标", "基建科 王某", deadline),
            (raised.ItemNumber, raised.Source, raised.Problem, raised.Measure, raised.Owner, raised.Deadline));
        var item = Assert.Single(fixture.Filing.RectificationItems);
        Assert.Equal((RectificationStatus.Open, FilingFixture.Finance), (item.Status, item.RaisedBy));
    }

    [Fact]
    public void A_rejected_item_goes_back_to_open_with_its_reason_and_can_be_submitted_again()
    {
        var fixture = new FilingFixture().ToMonitoring().RaiseItem().SubmitItem(1);
        var submitted = fixture.Filing.RectificationItems[0];
        Assert.Equal((RectificationStatus.Submitted, "已完成支付，附凭证。"), (submitted.Status, submitted.Evidence));
        Assert.Equal(["https://oa.example/evidence/1"], submitted.EvidenceLinks);

        var rejected = Assert.IsType<RectificationRejectedEvent>(Assert.Single(fixture.Do((f, now) =>
            f.RejectRectification(FilingFixture.Finance, 1, "凭证与合同金额不符", now))));
        Assert.Equal("凭证与合同金额不符", rejected.Reason);
        var reopened = fixture.Filing.RectificationItems[0];
        Assert.Equal(RectificationStatus.Open, reopened.Status);
        Assert.Equal("凭证与合同金额不符", Assert.Single(reopened.Rejections).Reason);

        fixture.SubmitItem(1).VerifyItem(1);
        Assert.Equal(RectificationStatus.Verified, fixture.Filing.RectificationItems[0].Status);
        Assert.Equal(CycleStage.Monitoring, fixture.Filing.Stage);
    }

    [Fact]
    public void Items_move_on_their_own()
    {
        var fixture = new FilingFixture().ToMonitoring().RaiseItem().RaiseItem().SubmitItem(2).VerifyItem(2);
        Assert.Equal(
            [(1, RectificationStatus.Open), (2, RectificationStatus.Verified)],
            fixture.Filing.RectificationItems.Select(i => (i.Number, i.Status)));
    }

    [Fact]
    public void The_rectification_stage_closes_the_cycle_only_when_the_last_item_is_verified()
    {
        var fixture = new FilingFixture().ToMonitoring().RaiseItem(RectificationSource.Monitoring);
        fixture.SubmitAndApprove().OpenNext().SubmitAndApprove().RaiseItem(RectificationSource.SelfEvaluation).OpenNext();
        Assert.Equal(CycleStage.Rectification, fixture.Filing.Stage);

        fixture.SubmitItem(1).VerifyItem(1).SubmitItem(2);
        Assert.Equal((CycleStage.Rectification, StageState.Draft), (fixture.Filing.Stage, fixture.Filing.State));
        Assert.Equal("rectification.items-outstanding", Assert.Throws<FilingRuleException>(() => fixture.Filing.OpenNextStage(CycleStage.Closed, fixture.Now)).Code);

        var last = fixture.Do((f, now) => f.VerifyRectification(FilingFixture.Finance, 2, "整改到位", now));
        Assert.IsType<RectificationVerifiedEvent>(last[0]);
        Assert.Equal(CycleStage.Rectification, Assert.IsType<StageApprovedEvent>(last[1]).Stage);
        Assert.Equal(CycleStage.Closed, Assert.IsType<StageOpenedEvent>(last[2]).Stage);
        Assert.Equal((CycleStage.Closed, StageState.Approved), (fixture.Filing.Stage, fixture.Filing.State));
    }

    [Fact]
    public void With_every_item_verified_before_rectification_opens_the_cycle_is_closed_by_opening_closed()
    {
        var fixture = new FilingFixture().ToMonitoring().RaiseItem().SubmitItem(1).VerifyItem(1).SubmitAndApprove().OpenNext().SubmitAndApprove().OpenNext();
        Assert.Equal(CycleStage.Rectification, fixture.Filing.Stage);
        var events = fixture.Do((f, now) => f.OpenNextStage(CycleStage.Closed, now));
        Assert.Equal([typeof(StageApprovedEvent), typeof(StageOpenedEvent)], events.Select(e => e.GetType()));
        Assert.Equal(CycleStage.Closed, fixture.Filing.Stage);
    }

    [Theory]
    [InlineData(RectificationSource.Audit, "", "措施", "责任人", 10, "rectification.field-required")]
    [InlineData(RectificationSource.Audit, "问题", " ", "责任人", 10, "rectification.field-required")]
    [InlineData(RectificationSource.Audit, "问题", "措施", "", 10, "rectification.field-required")]
    [InlineData(RectificationSource.Audit, "问题", "措施", "责任人", -1, "rectification.deadline-past")]
    [InlineData(RectificationSource.SelfEvaluation, "问题", "措施", "责任人", 10, "rectification.source-stage")]
    [InlineData((RectificationSource)99, "问题", "措施", "责任人", 10, "rectification.source-unknown")]
    public void Raising_refuses_missing_fields_a_past_deadline_and_a_source_not_reached_yet(
        RectificationSource source, string problem, string measure, string owner, int daysToDeadline, string code)
    {
        var fixture = new FilingFixture().ToMonitoring();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        var today = DateOnly.FromDateTime(fixture.Now.DateTime);
        var refused = Assert.Throws<FilingRuleException>(() =>
            fixture.Filing.RaiseRectification(FilingFixture.Finance, source, problem, measure, owner, today.AddDays(daysToDeadline), fixture.Now));
        Assert.Equal(code, refused.Code);
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));
    }

    [Fact]
    public void A_deadline_of_today_is_accepted()
    {
        var fixture = new FilingFixture().ToMonitoring();
        fixture.Do((f, now) => f.RaiseRectification(FilingFixture.Finance, RectificationSource.Review, "问题", "措施", "责任人", DateOnly.FromDateTime(now.DateTime), now));
        Assert.Single(fixture.Filing.RectificationItems);
    }

    [Fact]
    public void Submitting_needs_evidence_and_rejecting_needs_a_reason()
    {
        var fixture = new FilingFixture().ToMonitoring().RaiseItem();
        Assert.Equal("rectification.evidence-required", Assert.Throws<FilingRuleException>(() =>
            fixture.Filing.SubmitRectification(FilingFixture.Filer, 1, " ", [" "], fixture.Now)).Code);

        fixture.Do((f, now) => f.SubmitRectification(FilingFixture.Filer, 1, null, ["https://oa.example/contract-ledger.pdf"], now));
        Assert.Null(fixture.Filing.RectificationItems[0].Evidence);
        Assert.Equal("rectification.reason-required", Assert.Throws<FilingRuleException>(() =>
            fixture.Filing.RejectRectification(FilingFixture.Finance, 1, "", fixture.Now)).Code);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("doc://evidence/1")]
    [InlineData("https://oa.example/\u0000x")]
    public void Evidence_links_other_than_web_addresses_are_refused_and_leave_the_item_open(string link)
    {
        var fixture = new FilingFixture().ToMonitoring().RaiseItem();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        Assert.Equal("rectification.link-unsafe", Assert.Throws<FilingRuleException>(() =>
            fixture.Filing.SubmitRectification(FilingFixture.Filer, 1, "已整改", [link], fixture.Now)).Code);
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));
    }

    [Theory]
    [InlineData("https://oa.example/整改.pdf", true)]
    [InlineData("http://10.0.0.5/share/x.docx", true)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("/relative/path", false)]
    [InlineData("ftp://files.example/x", false)]
    [InlineData("", false)]
    public void Only_absolute_http_and_https_addresses_are_safe_links(string link, bool safe) =>
        Assert.Equal(safe, EvidenceLink.IsSafe(link));
}
