using PerfWorkflow.Domain.Calendar;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;

namespace PerfWorkflow.Domain.Tests.Calendar;

public class ShippedCalendarFileTests
{
    private static readonly string[] StatutoryHolidays = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    [Fact]
    public void Both_years_parse_and_2027_alone_is_provisional()
    {
        var calendar = Cn2026And2027;
        Assert.Equal([2026, 2027], calendar.CoveredYears);
        Assert.Equal([2027], calendar.ProvisionalYears);
        Assert.Equal("CN", calendar.Region);
        Assert.False(calendar.IsProvisional(D("2026-10-08")));
        Assert.True(calendar.IsProvisional(D("2027-10-08")));
        Assert.All(calendar.Years, y => Assert.False(string.IsNullOrWhiteSpace(y.Source)));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Each_year_names_the_seven_statutory_holidays_once(int year)
    {
        var names = Cn2026And2027.Years.Single(y => y.Year == year).Holidays.Select(h => h.Name).ToList();
        Assert.Equal(StatutoryHolidays.Order(), names.Order());
    }

    [Fact]
    public void Every_make_up_working_day_is_a_weekend_day_outside_any_holiday()
    {
        foreach (var year in Cn2026And2027.Years)
        {
            Assert.NotEmpty(year.MakeUpWorkingDays);
            foreach (var makeUp in year.MakeUpWorkingDays)
            {
                Assert.True(makeUp.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{makeUp.Date} is {makeUp.Date.DayOfWeek}");
                Assert.DoesNotContain(year.Holidays, h => h.Contains(makeUp.Date));
                Assert.True(Cn2026And2027.IsWorkingDay(makeUp.Date));
            }
        }
    }

    [Theory]
    // The State Council's 2026 arrangement: block, length in days.
    [InlineData("元旦", "2026-01-01", 3)]
    [InlineData("春节", "2026-02-15", 9)]
    [InlineData("清明节", "2026-04-04", 3)]
    [InlineData("劳动节", "2026-05-01", 5)]
    [InlineData("端午节", "2026-06-19", 3)]
    [InlineData("中秋节", "2026-09-25", 3)]
    [InlineData("国庆节", "2026-10-01", 7)]
    public void The_2026_blocks_match_the_notice(string name, string from, int days)
    {
        var holiday = Cn2026.Years.Single().Holidays.Single(h => h.Name == name);
        Assert.Equal(D(from), holiday.From);
        Assert.Equal(days, holiday.Days);
        for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
        {
            Assert.False(Cn2026.IsWorkingDay(day));
            Assert.Equal(name, Cn2026.HolidayNameOn(day));
        }
    }

    [Theory]
    // 261 weekdays in each year; 2026 loses 19 to holidays and gains 6 make-up days, 2027 (provisional) loses 18, gains 5.
    [InlineData(2026, 248)]
    [InlineData(2027, 248)]
    public void Working_days_per_year_match_a_hand_count(int year, int expected)
    {
        var count = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            count += Cn2026And2027.IsWorkingDay(day) ? 1 : 0;
        }

        Assert.Equal(expected, count);
        Assert.Equal(expected, Cn2026And2027.WorkingDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            + (Cn2026And2027.IsWorkingDay(new DateOnly(year, 1, 1)) ? 1 : 0));
    }
}
