using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class DeadlinePlannerTests
{
    [Fact]
    public void The_default_ladder_for_a_declaration_due_15_december_2026()
    {
        var plan = DeadlinePlanner.Plan(Due("2026-12-15"), Rules);
        var expected = new Dictionary<string, string>
        {
            [Key("reminder-before:7")] = "2026-12-08 09:00",
            [Key("reminder-before:3")] = "2026-12-11 09:00", // Saturday 12-12 → the Friday before
            [Key("reminder-before:1")] = "2026-12-14 09:00",
            [Key("due:0")] = "2026-12-15 09:00",
            [Key("overdue-repeat:1")] = "2026-12-18 09:00",
            [Key("overdue-repeat:2")] = "2026-12-21 09:00",
            [Key("overdue-repeat:3")] = "2026-12-24 09:00",
            [Key("overdue-repeat:4")] = "2026-12-28 09:00", // Sunday → Monday
            [Key("overdue-repeat:5")] = "2026-12-30 09:00",
            [Key("overdue-repeat:6")] = "2027-01-04 09:00", // 2027-01-02 is inside 元旦
            [Key("overdue-repeat:7")] = "2027-01-05 09:00",
            [Key("overdue-repeat:8")] = "2027-01-08 09:00",
            [Key("overdue-repeat:9")] = "2027-01-11 09:00",
            [Key("overdue-repeat:10")] = "2027-01-14 09:00",
            [Key("escalation:1")] = "2026-12-22 09:00",     // 5th working day after the due date
        };
        Assert.Equal(expected.OrderBy(p => p.Key), ByKey(plan.Timers).OrderBy(p => p.Key));
        Assert.Equal(plan.Timers.OrderBy(t => t.FireAt).Select(t => t.Key), plan.Timers.Select(t => t.Key));
        Assert.Equal([2027], plan.ProvisionalYears);
        Assert.All(plan.Timers, t => Assert.Equal(t.Series, t.Key));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero), plan.Timers[0].FireAt);
    }

    [Fact]
    public void A_rectification_item_due_on_the_eve_of_national_day_2026()
    {
        var plan = DeadlinePlanner.Plan(Due("2026-09-30", CycleStage.Rectification, "R1"), Rules);
        var byKey = ByKey(plan.Timers);
        string K(string s) => Key(s, "rectification.R1");
        Assert.Equal("2026-09-23 09:00", byKey[K("reminder-before:7")]);
        Assert.Equal("2026-09-24 09:00", byKey[K("reminder-before:3")]); // 09-27 is 中秋; 09-26 too
        Assert.Equal("2026-09-29 09:00", byKey[K("reminder-before:1")]);
        Assert.False(byKey.ContainsKey(K("overdue-repeat:1")));           // 10-03 and 10-06 both land on 10-08
        Assert.Equal("2026-10-08 09:00", byKey[K("overdue-repeat:2")]);
        Assert.Equal("2026-10-09 09:00", byKey[K("overdue-repeat:3")]);
        Assert.Equal("2026-10-12 09:00", byKey[K("overdue-repeat:4")]);
        Assert.Equal("2026-10-13 09:00", byKey[K("escalation:1")]);       // 10-08, 10-09, 10-10 (Saturday, 调休), 10-12, 10-13
        Assert.Empty(plan.ProvisionalYears);
    }

    [Fact]
    public void Overdue_ticks_inside_spring_festival_collapse_onto_the_first_working_day()
    {
        var plan = DeadlinePlanner.Plan(Due("2026-02-13"), Rules);
        var overdue = plan.Timers.Where(t => t.Kind == TimerKind.OverdueRepeat).Take(2).ToList();
        Assert.Equal([3, 4], overdue.Select(t => t.Number));
        Assert.Equal(Local("2026-02-24T09:00"), overdue[0].FireAt);
        Assert.Equal(Local("2026-02-27T09:00"), plan.Timers.Single(t => t.Kind == TimerKind.Escalation).FireAt);
    }

    [Fact]
    public void Without_keeping_to_working_days_the_ladder_counts_plain_calendar_days()
    {
        var rules = Rules with { Ladder = ReminderLadder.Default with { KeepToWorkingDays = false } };
        var byKey = ByKey(DeadlinePlanner.Plan(Due("2026-12-15"), rules).Timers);
        Assert.Equal("2026-12-12 09:00", byKey[Key("reminder-before:3")]);
        Assert.Equal("2026-12-27 09:00", byKey[Key("overdue-repeat:4")]);
        Assert.Equal("2026-12-22 09:00", byKey[Key("escalation:1")]);
    }

    [Fact]
    public void A_time_zone_clock_and_the_fixed_offset_clock_agree()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("China Standard Time (test)", TimeSpan.FromHours(8), "CST", "CST");
        var fixedPlan = DeadlinePlanner.Plan(Due("2026-12-15"), Rules);
        var zonePlan = DeadlinePlanner.Plan(Due("2026-12-15"), Rules with { Clock = new DeadlineClock(zone) });
        Assert.Equal(fixedPlan.Timers.Select(t => (t.Key, t.FireAt.UtcDateTime)), zonePlan.Timers.Select(t => (t.Key, t.FireAt.UtcDateTime)));
    }

    [Fact]
    public void A_due_instant_before_nine_drops_the_due_date_reminder_that_would_come_too_late()
    {
        var early = Due("2026-12-15") with { DueAt = Local("2026-12-15T08:00") };
        var plan = DeadlinePlanner.Plan(early, Rules);
        Assert.DoesNotContain(plan.Timers, t => t.Kind == TimerKind.Due);
        Assert.Contains(plan.Timers, t => t.Key == Key("reminder-before:1"));
        Assert.All(plan.Timers.Where(t => t.Kind == TimerKind.OverdueRepeat), t => Assert.True(t.FireAt > early.DueAt));
    }

    [Fact]
    public void Planning_is_deterministic_and_configurable()
    {
        Assert.Equal(DeadlinePlanner.Plan(Due("2026-07-31"), Rules).Timers, DeadlinePlanner.Plan(Due("2026-07-31"), Rules).Timers);

        var quiet = Rules with
        {
            Ladder = ReminderLadder.Default with { DaysBefore = [2], RemindOnDueDate = false, OverdueRepeatLimit = 0 },
            Escalation = EscalationPolicy.Default with { Recipients = [] },
        };
        var plan = DeadlinePlanner.Plan(Due("2026-07-31"), quiet);
        Assert.Equal([Key("reminder-before:2")], plan.Timers.Select(t => t.Key));
        Assert.Equal(Local("2026-07-29T09:00"), plan.Timers[0].FireAt);
    }

    [Fact]
    public void A_broken_ladder_or_an_unloaded_year_is_refused()
    {
        var broken = Rules with { Ladder = ReminderLadder.Default with { DaysBefore = [3, 3, 0], OverdueRepeatEveryDays = 0 } };
        Assert.Equal(3, broken.Ladder.Problems().Count);
        Assert.Throws<ArgumentException>(() => DeadlinePlanner.Plan(Due("2026-12-15"), broken));
        Assert.Throws<WorkingDayCalendarNotCoveredException>(() => DeadlinePlanner.Plan(Due("2027-12-28"), Rules));
    }

    [Fact]
    public void The_default_cycle_calendar_follows_domain_md_and_moves_weekend_due_dates()
    {
        var calendar = Cn2026And2027;
        var fy2027 = CycleCalendar.Default("440106", 2027);
        Assert.Equal(new StageWindow(D("2026-10-01"), D("2026-12-15")), fy2027.Declaration);
        Assert.Equal(D("2027-06-30"), fy2027.MonitoringDataAsOf);
        Assert.Equal(D("2027-08-02"), fy2027.EffectiveDueDate(CycleStage.Monitoring, calendar)); // 07-31 is a Saturday
        Assert.Equal(D("2027-07-31"), (fy2027 with { MoveDueDatesOffNonWorkingDays = false }).EffectiveDueDate(CycleStage.Monitoring, calendar));
        Assert.Equal(D("2027-03-31"), CycleCalendar.Default("440106", 2026).EffectiveDueDate(CycleStage.SelfEvaluation, calendar));
        Assert.Equal(D("2026-10-08"), fy2027.EffectiveDate(D("2026-10-01"), calendar));
        Assert.Throws<ArgumentOutOfRangeException>(() => fy2027.WindowOf(CycleStage.Rectification));

        var deadline = fy2027.DeadlineFor(FilingId, "440106-101", CycleStage.Declaration, calendar, Clock);
        Assert.Equal(Local("2026-12-16T00:00"), deadline.DueAt);
        Assert.Equal(2027, deadline.FiscalYear);

        var revised = fy2027.WithWindow(CycleStage.Declaration, new StageWindow(D("2026-10-01"), D("2026-12-20")));
        Assert.Equal(2, revised.Version);
        Assert.Equal(fy2027.Monitoring, revised.Monitoring);
    }

    [Theory]
    [InlineData("2026-09-29T15:00", "2026-10-13T00:00")] // 09-30, 10-08, 10-09, 10-10 (调休), 10-12 → late from 10-13
    [InlineData("2026-09-30T04:00", "2026-10-14T00:00")] // 20:00 UTC on 09-29 is already 09-30 in Beijing
    [InlineData("2026-02-13T10:00", "2026-02-28T00:00")] // 02-14 (调休), 02-24 … 02-27
    public void Review_steps_are_due_after_five_working_days(string requestedLocal, string dueLocal)
    {
        var fy2027 = CycleCalendar.Default("440106", 2027);
        Assert.Equal(Local(dueLocal), fy2027.ReviewStepDueAt(Local(requestedLocal), Cn2026And2027, Clock));
    }
}
