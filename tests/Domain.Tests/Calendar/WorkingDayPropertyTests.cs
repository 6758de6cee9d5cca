using FsCheck;
using FsCheck.Fluent;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;

namespace PerfWorkflow.Domain.Tests.Calendar;

/// <summary>The O(1) arithmetic against a day-by-day walk that cannot be clever.</summary>
public class WorkingDayPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly DateOnly First = D("2026-01-01");

    private static Gen<DateOnly> Dates => Gen.Choose(0, 729).Select(i => First.AddDays(i));

    private static DateOnly Walk(DateOnly start, int days)
    {
        var calendar = Cn2026And2027;
        var day = start;
        if (days == 0)
        {
            while (!calendar.IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            left -= calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    // Every start from April 2026 to October 2027 and every offset up to 40 working days either way: exhaustive,
    // so it cannot pass or fail by the luck of a seed. Earlier starts would walk back over 春节 into 2025, which the
    // shipped calendars do not cover (the calendar then refuses, as it must).
    [Fact]
    public void Add_working_days_equals_a_day_by_day_walk()
    {
        var mismatches = new List<string>();
        for (var start = First.AddDays(90); start <= First.AddDays(660); start = start.AddDays(1))
        {
            for (var days = -40; days <= 40; days++)
            {
                var fast = Cn2026And2027.AddWorkingDays(start, days);
                var walked = Walk(start, days);
                if (fast != walked)
                {
                    mismatches.Add($"{start:yyyy-MM-dd} {days:+0;-0;0}: {fast:yyyy-MM-dd} vs walk {walked:yyyy-MM-dd}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Between_inverts_add_for_working_days() =>
        Check.One(Runs, Prop.ForAll(Dates.Zip(Dates).ToArbitrary(), pair =>
        {
            var (from, to) = pair;
            var calendar = Cn2026And2027;
            var between = calendar.WorkingDaysBetween(from, to);
            var target = calendar.WorkingDayOnOrAfter(to);
            var sameSign = to >= from ? between >= 0 : between <= 0;
            var inverse = !calendar.IsWorkingDay(to) || calendar.AddWorkingDays(from, between) == to;
            var antisymmetric = !(calendar.IsWorkingDay(from) && calendar.IsWorkingDay(to)) || between == -calendar.WorkingDaysBetween(to, from);
            return sameSign && inverse && antisymmetric && calendar.IsWorkingDay(target);
        }));
}
