using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class ReviewLimitTests
{
    private static readonly Guid RequestId = Guid.Parse("0b000000-0000-4000-8000-000000000001");

    [Fact]
    public void A_review_step_requested_before_national_day_is_late_after_five_working_days_counting_the_make_up_saturday()
    {
        // Tue 29 Sep 2026: the working days after it are 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (调休) and Mon 12 Oct → late from 13 Oct 00:00.
        var request = new ReviewRequest(RequestId, new FilingStage(FilingId, "d01", 2027, CycleStage.Declaration), 1, ["d01-head"], Local("2026-09-29T16:00"));

        var limit = ReviewLimit.For(request, CycleCalendar.Default("测试区", 2027), Rules.Calendar, Clock);

        Assert.Equal(Local("2026-10-13T00:00"), limit.DueAt);
        Assert.Equal($"{FilingId:D}:declaration:review-overdue:1:{RequestId:N}", limit.Key);
    }

    [Fact]
    public void A_signer_who_approves_is_no_longer_waited_on_and_a_transfer_hands_the_place_on_once()
    {
        IReadOnlyList<string> assignees = ["d01-head", "d01-deputy"];

        Assert.Equal(["d01-head"], ReviewAssignees.AfterSignature(assignees, "d01-deputy"));
        Assert.Equal(["d01-deputy", "d01-clerk"], ReviewAssignees.AfterTransfer(assignees, "d01-head", "d01-clerk"));
        Assert.Equal(["d01-deputy"], ReviewAssignees.AfterTransfer(assignees, "d01-head", "d01-deputy"));
    }
}
