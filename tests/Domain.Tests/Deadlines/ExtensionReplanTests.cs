using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using static PerfWorkflow.Domain.Tests.Calendar.ShippedCalendars;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class ExtensionReplanTests
{
    private static DeadlineExtension Extension(string newDue, int sequence = 1, CycleStage stage = CycleStage.Declaration, string? department = null, string reason = "系统故障，统一延期") =>
        new(sequence, 2027, stage, department, D(newDue), reason, "绩效科 王科长", Local("2026-09-16T09:30"));

    private static HashSet<string> Fired(IEnumerable<PlannedTimer> timers, DateTimeOffset now) =>
        timers.Where(t => t.FireAt <= now).Select(t => t.Key).ToHashSet();

    private static void AssertPartition(IReadOnlyList<PlannedTimer> before, IReadOnlySet<string> fired, TimerReplan replan, DateTimeOffset now)
    {
        Assert.DoesNotContain(replan.ToSchedule, t => fired.Contains(t.Key));
        Assert.All(replan.ToSchedule.Concat(replan.Unchanged), t => Assert.True(t.FireAt > now));
        Assert.All(replan.ToSchedule, t => Assert.Equal(replan.Deadline.DueAt, t.DueAt));
        var armedBefore = before.Where(t => !fired.Contains(t.Key)).Select(t => t.Key).Order();
        var accounted = replan.MovedKeys.Concat(replan.ToCancel.Select(t => t.Key)).Concat(replan.Unchanged.Select(t => t.Key)).Order();
        Assert.Equal(armedBefore, accounted);
        Assert.Equal(replan.ToSchedule.Count, replan.ToSchedule.Select(t => t.Key).Distinct().Count());
    }

    [Fact]
    public void Moving_a_rectification_item_past_national_day_moves_cancels_and_re_arms()
    {
        var deadline = Due("2026-09-18", CycleStage.Rectification, "R1");
        var before = DeadlinePlanner.Plan(deadline, Rules).Timers;
        var now = Local("2026-09-16T10:00");
        var fired = Fired(before, now);
        string K(string s) => Key(s, "rectification.R1");
        Assert.Equal(new[] { K("reminder-before:7"), K("reminder-before:3") }.Order(), fired.Order());
        Assert.DoesNotContain(before, t => t.Key == K("overdue-repeat:5")); // 10-03 and 10-06 collapsed onto 10-08 as tick 6

        var replan = ExtensionReplanner.Replan(deadline, before, fired, Extension("2026-09-30", stage: CycleStage.Rectification), now, Rules);

        Assert.Equal(Local("2026-10-01T00:00"), replan.Deadline.DueAt);
        var scheduled = ByKey(replan.ToSchedule);
        Assert.Equal("2026-09-23 09:00", scheduled[K("reminder-before:7:ext1")]); // fired for 09-18, due again for 09-30
        Assert.Equal("2026-09-24 09:00", scheduled[K("reminder-before:3:ext1")]);
        Assert.Equal("2026-09-29 09:00", scheduled[K("reminder-before:1")]);
        Assert.Equal("2026-09-30 09:00", scheduled[K("due:0")]);
        Assert.Equal("2026-10-13 09:00", scheduled[K("escalation:1")]);
        Assert.Equal("2026-10-15 09:00", scheduled[K("overdue-repeat:5")]);     // new series: armed, not moved
        Assert.DoesNotContain(K("overdue-repeat:5"), replan.MovedKeys);
        Assert.Contains(K("due:0"), replan.MovedKeys);
        Assert.Equal([K("overdue-repeat:1")], replan.ToCancel.Select(t => t.Key)); // the new plan has no tick 1
        Assert.Empty(replan.Unchanged);
        AssertPartition(before, fired, replan, now);
    }

    [Fact]
    public void An_overdue_filing_given_more_time_is_reminded_again_under_new_keys()
    {
        var deadline = Due("2026-12-15");
        var before = DeadlinePlanner.Plan(deadline, Rules).Timers;
        var now = Local("2026-12-22T10:00");
        var fired = Fired(before, now);
        Assert.Contains(Key("escalation:1"), fired);

        var replan = ExtensionReplanner.Replan(deadline, before, fired, Extension("2026-12-31"), now, Rules);

        var scheduled = ByKey(replan.ToSchedule);
        Assert.Equal("2026-12-24 09:00", scheduled[Key("reminder-before:7:ext1")]);
        Assert.Equal("2026-12-31 09:00", scheduled[Key("due:0:ext1")]);
        Assert.Equal("2027-01-04 09:00", scheduled[Key("overdue-repeat:1:ext1")]);
        Assert.Equal("2027-01-06 09:00", scheduled[Key("overdue-repeat:2:ext1")]);
        Assert.Equal("2027-01-11 09:00", scheduled[Key("overdue-repeat:3")]);   // armed before, moved
        Assert.Equal("2027-01-31 09:00", scheduled[Key("overdue-repeat:10")]);  // Saturday 01-30 → make-up Sunday 01-31 (provisional)
        Assert.Equal("2027-01-08 09:00", scheduled[Key("escalation:1:ext1")]);
        Assert.Empty(replan.ToCancel);
        Assert.Equal([2027], replan.ProvisionalYears);
        AssertPartition(before, fired, replan, now);
    }

    [Fact]
    public void A_second_extension_moves_armed_ext_keys_and_numbers_refired_ones_anew()
    {
        var deadline = Due("2026-12-15");
        var original = DeadlinePlanner.Plan(deadline, Rules).Timers;
        var firstNow = Local("2026-12-22T10:00");
        var fired = Fired(original, firstNow);
        var first = ExtensionReplanner.Replan(deadline, original, fired, Extension("2026-12-31"), firstNow, Rules);

        // The scheduler's state afterwards: fired timers stay as history, the re-plan is armed.
        var armed = original.Where(t => fired.Contains(t.Key)).Concat(first.ToSchedule).Concat(first.Unchanged).ToList();
        var secondNow = Local("2026-12-25T10:00");
        fired.UnionWith(armed.Where(t => t.FireAt <= secondNow).Select(t => t.Key));
        Assert.Contains(Key("reminder-before:7:ext1"), fired);

        var second = ExtensionReplanner.Replan(first.Deadline, armed, fired, Extension("2027-01-15", sequence: 2), secondNow, Rules);

        var scheduled = ByKey(second.ToSchedule);
        Assert.Equal("2027-01-08 09:00", scheduled[Key("reminder-before:7:ext2")]);
        Assert.Equal("2027-01-12 09:00", scheduled[Key("reminder-before:3:ext1")]);
        Assert.Contains(Key("reminder-before:3:ext1"), second.MovedKeys);
        Assert.Equal("2027-01-15 09:00", scheduled[Key("due:0:ext1")]);
        AssertPartition(armed, fired, second, secondNow);
    }

    [Fact]
    public void A_department_extension_must_fit_the_deadline_and_give_a_reason()
    {
        var deadline = Due("2026-12-15");
        var plan = DeadlinePlanner.Plan(deadline, Rules).Timers;
        var now = Local("2026-12-10T10:00");

        Assert.True(Extension("2026-12-31", department: "440106-101").AppliesTo(deadline));
        Assert.False(Extension("2026-12-31", department: "440106-102").AppliesTo(deadline));
        Assert.True(Extension("2026-12-31").AppliesToAllDepartments);

        Assert.Contains("延期必须说明理由。", Extension("2026-12-31", reason: " ").Problems(deadline, Clock));
        Assert.Contains(Extension("2026-12-31", department: "440106-102").Problems(deadline, Clock), p => p.Contains("不适用"));
        Assert.Contains(Extension("2026-12-15").Problems(deadline, Clock), p => p.Contains("必须晚于当前截止日期 2026-12-15"));
        Assert.Contains(Extension("2026-12-31", stage: CycleStage.Monitoring).Problems(deadline, Clock), p => p.Contains("绩效运行监控"));
        Assert.Empty(Extension("2026-12-31", department: "440106-101").Problems(deadline, Clock));

        Assert.Throws<ArgumentException>(() =>
            ExtensionReplanner.Replan(deadline, plan, new HashSet<string>(), Extension("2026-12-31", reason: ""), now, Rules));
    }
}
