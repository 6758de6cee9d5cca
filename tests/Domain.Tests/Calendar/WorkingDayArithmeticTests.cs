using PerfWorkflow.Domain.Calendar;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;

namespace PerfWorkflow.Domain.Tests.Calendar;

public class WorkingDayArithmeticTests
{
    private static WorkingDayCalendar Calendar => Cn2026And2027;

    [Theory]
    [InlineData("2026-01-04", true)]   // Sunday, 元旦 make-up
    [InlineData("2026-02-13", true)]   // Friday before 春节
    [InlineData("2026-02-14", true)]   // Saturday, 春节 make-up
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-23", false)]  // Monday, last day of 春节
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]   // Saturday, 春节 make-up
    [InlineData("2026-03-07", false)]  // ordinary Saturday
    [InlineData("2026-03-09", true)]   // ordinary Monday
    [InlineData("2026-05-09", true)]   // Saturday, 劳动节 make-up
    [InlineData("2026-09-20", true)]   // Sunday, 国庆 make-up
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)]   // Saturday, 国庆 make-up
    [InlineData("2026-10-11", false)]  // the Sunday after it is an ordinary rest day
    public void Is_working_day_follows_the_2026_notice(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-14")]   // into the make-up Saturday
    [InlineData("2026-02-13", 2, "2026-02-24")]   // then over the whole 春节 block
    [InlineData("2026-02-14", 1, "2026-02-24")]
    [InlineData("2026-02-24", -1, "2026-02-14")]
    [InlineData("2026-02-24", -2, "2026-02-13")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]   // lands on the make-up Saturday after 国庆
    [InlineData("2026-09-30", 4, "2026-10-12")]
    [InlineData("2026-10-08", -1, "2026-09-30")]
    [InlineData("2026-09-19", 1, "2026-09-20")]   // Saturday → make-up Sunday
    [InlineData("2026-10-03", 0, "2026-10-08")]   // zero rolls a holiday forward
    [InlineData("2026-10-09", 0, "2026-10-09")]   // and keeps a working day
    [InlineData("2026-12-31", 1, "2027-01-04")]   // over 元旦 2027 into the provisional year
    [InlineData("2027-01-04", -1, "2026-12-31")]
    public void Add_working_days(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2026-02-13", "2026-02-24", 2)]
    [InlineData("2026-02-24", "2026-02-13", -2)]
    [InlineData("2026-09-30", "2026-10-10", 3)]
    [InlineData("2026-10-01", "2026-10-07", 0)]
    [InlineData("2026-10-01", "2026-10-08", 1)]
    [InlineData("2026-03-09", "2026-03-09", 0)]
    public void Working_days_between(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2026-10-01", "2026-10-08", "2026-09-30")]
    [InlineData("2026-02-13", "2026-02-14", "2026-02-12")]
    [InlineData("2026-02-24", "2026-02-25", "2026-02-14")]
    public void Next_and_previous_working_day_are_strict(string date, string next, string previous)
    {
        Assert.Equal(D(next), Calendar.NextWorkingDay(D(date)));
        Assert.Equal(D(previous), Calendar.PreviousWorkingDay(D(date)));
    }

    [Fact]
    public void An_unloaded_year_is_an_error_not_a_weekend_guess()
    {
        var error = Assert.Throws<WorkingDayCalendarNotCoveredException>(() => Calendar.IsWorkingDay(D("2028-01-03")));
        Assert.Equal(2028, error.Date.Year);
        Assert.Contains("2028", error.Message);
        Assert.False(Calendar.Covers(D("2025-12-31")));
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => Calendar.AddWorkingDays(D("2027-12-30"), 5));
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => Calendar.AddWorkingDays(D("2026-01-05"), -5));
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => Calendar.AddWorkingDays(D("2026-01-05"), int.MaxValue));
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => Cn2026.AddWorkingDays(D("2026-12-31"), 1));
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => Cn2026.WorkingDaysBetween(D("2026-12-01"), D("2027-01-05")));
    }

    [Fact]
    public void Arithmetic_refuses_to_cross_an_unloaded_year_between_two_loaded_ones()
    {
        var year2028 = """
            { "format": "perfworkflow.working-day-calendar/1", "region": "CN", "year": 2028, "provisional": true,
              "source": "测试", "holidays": [ { "name": "元旦", "from": "2028-01-01", "to": "2028-01-03" } ],
              "makeUpWorkingDays": [] }
            """;
        var result = WorkingDayCalendarParser.ParseMany([("cn-2026.json", Text("cn-2026.json")), ("cn-2028.json", year2028)]);
        var calendar = Assert.IsType<WorkingDayCalendar>(result.Calendar);
        Assert.False(calendar.Covers(D("2026-12-30"), D("2028-01-05")));
        Assert.True(calendar.IsWorkingDay(D("2028-01-04")));
        var error = Assert.Throws<WorkingDayCalendarNotCoveredException>(() => calendar.AddWorkingDays(D("2026-12-30"), 10));
        Assert.Equal(2027, error.Date.Year);
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => calendar.WorkingDaysBetween(D("2028-01-04"), D("2026-12-30")));
    }

    [Fact]
    public void A_notice_reaching_back_into_december_applies_when_that_year_is_loaded()
    {
        // 元旦 2023 really began on Saturday 2022-12-31; the same shape, one year on paper.
        var year2027 = """
            { "format": "perfworkflow.working-day-calendar/1", "region": "CN", "year": 2027, "provisional": true,
              "source": "测试", "holidays": [ { "name": "元旦", "from": "2026-12-31", "to": "2027-01-02" } ],
              "makeUpWorkingDays": [] }
            """;
        var both = WorkingDayCalendarParser.ParseMany([("cn-2026.json", Text("cn-2026.json")), ("test-2027.json", year2027)]).Calendar!;
        Assert.False(both.IsWorkingDay(D("2026-12-31")));
        Assert.Equal("元旦", both.HolidayNameOn(D("2026-12-31")));
        Assert.True(Cn2026.IsWorkingDay(D("2026-12-31")));
    }
}
