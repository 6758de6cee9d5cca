using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Tests.Filings;

public class FilingFullCycleTests
{
    [Fact]
    public void A_filing_passes_declaration_monitoring_self_evaluation_and_rectification_to_closed()
    {
        var fixture = new FilingFixture();
        var snapshots = new List<string>();
        void Keep() => snapshots.Add(FilingFixture.SnapshotJson(Filing.FromSnapshot(FilingFixture.RoundTrip(fixture.Filing.ToSnapshot()))));

        fixture.Submit().ReturnToFiler().SubmitAndApprove();
        Keep();
        fixture.OpenNext().SubmitAndApprove().RaiseItem(RectificationSource.Monitoring);
        Keep();
        fixture.OpenNext().SubmitAndApprove();
        fixture.Do((f, now) => f.AdjustScore(FilingFixture.PerformanceOffice, FilingActionRunner.SpotCheckScore, "抽查复核", now));
        fixture.RaiseItem(RectificationSource.SelfEvaluation);
        Keep();
        fixture.OpenNext().SubmitItem(1).SubmitItem(2).VerifyItem(1);
        Keep();
        fixture.VerifyItem(2);
        Keep();

        Assert.Equal(CycleStage.Closed, fixture.Filing.Stage);
        Assert.Equal(
            [CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation, CycleStage.Rectification],
            fixture.EventsOf<StageApprovedEvent>().Select(e => e.Stage));
        Assert.Equal(
            [CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation, CycleStage.Rectification, CycleStage.Closed],
            fixture.EventsOf<StageOpenedEvent>().Select(e => e.Stage));
        Assert.Equal(2, fixture.EventsOf<SignOffRecordedEvent>().Count);
        Assert.All(fixture.Filing.ToSnapshot().Forms, f => Assert.Equal(StageState.Approved, f.State));
        Assert.Equal(FilingActionRunner.SpotCheckScore, fixture.Filing.Score!.Current);

        // Every accepted action bumped the version exactly once; comments are the only exception and none were made.
        Assert.Equal(1 + fixture.Events.Count(e => e is FilingSubmittedEvent or ReviewApprovedEvent or SignOffRecordedEvent or FilingReturnedEvent
            or RectificationRaisedEvent or RectificationSubmittedEvent or ScoreAdjustedEvent)
            + fixture.EventsOf<StageOpenedEvent>().Count(e => e.Stage is not (CycleStage.Declaration or CycleStage.Closed))
            + fixture.EventsOf<RectificationVerifiedEvent>().Count, fixture.Filing.Version);

        // The stored form reads back the same at every stage.
        Assert.Equal(snapshots[^1], FilingFixture.SnapshotJson(fixture.Filing));
        Assert.Equal(5, snapshots.Distinct().Count());
        Assert.Equal("filing.closed", Assert.Throws<FilingRuleException>(() => fixture.Filing.Comment(FilingFixture.Head, "晚了", fixture.Now)).Code);
    }

    [Fact]
    public void A_snapshot_without_its_declaration_form_is_not_loaded()
    {
        var snapshot = new FilingFixture().Filing.ToSnapshot() with { Forms = [] };
        Assert.Throws<InvalidOperationException>(() => Filing.FromSnapshot(snapshot));
    }
}
