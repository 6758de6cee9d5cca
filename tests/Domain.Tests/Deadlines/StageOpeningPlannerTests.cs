using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class StageOpeningPlannerTests
{
    private static readonly CycleCalendar Calendar = CycleCalendar.Default("测试区", 2027);

    [Fact]
    public void A_filing_opened_in_declaration_asks_for_monitoring_and_self_evaluation_at_midnight_of_their_opening_days()
    {
        var openings = StageOpeningPlanner.WhenFilingOpens(FilingId, CycleStage.Declaration, Calendar, Clock, Local("2026-10-01T10:00"));

        Assert.Equal(
            [(CycleStage.Monitoring, Local("2027-07-01T00:00")), (CycleStage.SelfEvaluation, Local("2028-01-01T00:00"))],
            openings.Select(o => (o.Stage, o.FireAt)));
        Assert.All(openings, o => Assert.Equal(0, o.Attempt));
        Assert.Equal($"{FilingId:D}:monitoring:open-stage:0", openings[0].Key);
    }

    [Fact]
    public void An_opening_day_already_past_when_the_filing_opens_is_not_asked_for()
    {
        var openings = StageOpeningPlanner.WhenFilingOpens(FilingId, CycleStage.Monitoring, Calendar, Clock, Local("2027-07-01T00:00"));

        Assert.Equal([CycleStage.SelfEvaluation], openings.Select(o => o.Stage));
    }

    [Theory]
    [InlineData(ScheduledOpening.Fired, "2027-07-05T10:00", true)]
    [InlineData(ScheduledOpening.NotArmed, "2027-07-05T10:00", true)]
    [InlineData(ScheduledOpening.Waiting, "2027-06-30T10:00", false)]
    [InlineData(ScheduledOpening.NotArmed, "2027-06-30T10:00", false)]
    public void Approval_after_the_next_stages_opening_day_asks_again_at_once_unless_the_calendars_request_is_still_to_come(ScheduledOpening scheduled, string approvedAt, bool asksAgain)
    {
        var at = Local(approvedAt);

        var retry = StageOpeningPlanner.WhenStageApproved(FilingId, CycleStage.Declaration, scheduled, Calendar, Clock, at);

        Assert.Equal(asksAgain, retry is not null);
        if (retry is not null)
        {
            Assert.Equal((CycleStage.Monitoring, 1, at), (retry.Stage, retry.Attempt, retry.FireAt));
        }
    }

    [Fact]
    public void The_last_stage_with_a_deadline_has_no_next_stage_to_open()
    {
        Assert.Null(StageOpeningPlanner.WhenStageApproved(FilingId, CycleStage.SelfEvaluation, ScheduledOpening.Fired, Calendar, Clock, Local("2028-05-01T10:00")));
    }
}
