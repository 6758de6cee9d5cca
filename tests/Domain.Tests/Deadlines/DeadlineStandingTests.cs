using PerfWorkflow.Domain.Deadlines;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public sealed class DeadlineStandingTests
{
    [Theory]
    [InlineData("2026-12-04", 8)] // Friday: 4, 7–11, 14, 15
    [InlineData("2026-12-05", 7)] // Saturday is not counted
    [InlineData("2026-12-15", 1)] // the due date itself is still a day to act
    public void Working_days_left_count_today_when_it_is_a_working_day_and_the_due_date(string today, int expected)
    {
        var standing = DeadlineStanding.Of(D("2026-12-15"), D(today), awaitingFiler: true, Cn2026And2027);

        Assert.Equal(expected, standing.WorkingDaysLeft);
        Assert.False(standing.IsOverdue);
    }

    [Fact]
    public void Holidays_are_skipped_and_a_make_up_Saturday_counts()
    {
        // 国庆节 1–7 Oct 2026; Saturday 10 Oct is a make-up working day: 30 Sep, 8, 9, 10 Oct.
        var standing = DeadlineStanding.Of(D("2026-10-10"), D("2026-09-30"), awaitingFiler: true, Cn2026And2027);

        Assert.Equal(4, standing.WorkingDaysLeft);
    }

    [Fact]
    public void A_form_still_with_the_filer_after_its_due_date_is_overdue_by_calendar_days()
    {
        var standing = DeadlineStanding.Of(D("2026-12-15"), D("2026-12-20"), awaitingFiler: true, Cn2026And2027);

        Assert.True(standing.IsOverdue);
        Assert.Equal(5, standing.DaysOverdue);
        Assert.Equal(0, standing.WorkingDaysLeft);
    }

    [Fact]
    public void A_form_handed_in_is_not_overdue_while_its_review_runs_past_the_due_date()
    {
        var standing = DeadlineStanding.Of(D("2026-12-15"), D("2026-12-20"), awaitingFiler: false, Cn2026And2027);

        Assert.False(standing.IsOverdue);
        Assert.Equal(0, standing.DaysOverdue);
    }

    [Fact]
    public void Without_a_calendar_covering_the_days_no_working_day_count_is_guessed()
    {
        var uncovered = DeadlineStanding.Of(D("2028-03-31"), D("2026-12-04"), awaitingFiler: true, Cn2026And2027);
        var none = DeadlineStanding.Of(D("2026-12-15"), D("2026-12-04"), awaitingFiler: true, null);

        Assert.Null(uncovered.WorkingDaysLeft);
        Assert.Null(none.WorkingDaysLeft);
        Assert.False(uncovered.IsOverdue);
    }
}
