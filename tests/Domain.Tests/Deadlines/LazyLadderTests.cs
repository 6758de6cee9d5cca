using PerfWorkflow.Domain.Deadlines;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class LazyLadderTests
{
    // 申报 2027 due Tue 15 Dec 2026: 7 days 12-08, 3 days 12-11 (Sat 12th → Fri), 1 day 12-14, due 12-15, overdue
    // ticks 12-18 and 12-21, escalation 12-22 (5th working day), third tick 12-24.
    private static TimerPlan Plan => DeadlinePlanner.Plan(Due("2026-12-15"), Rules);

    [Fact]
    public void Opening_a_stage_arms_only_the_first_rung_ahead_of_the_opening()
    {
        var first = LazyLadder.FirstAfter(Plan, Local("2026-10-01T10:00"), []);

        Assert.Equal((Key("reminder-before:7"), (string?)null), (first!.Timer.Key, first.ExistingKey));
        Assert.Equal(Key("due:0"), LazyLadder.FirstAfter(Plan, Local("2026-12-14T11:00"), [])!.Timer.Key);
    }

    [Fact]
    public void A_fired_rung_is_followed_by_the_next_one_and_nothing_else_is_due()
    {
        var fired = Plan.Timers.Single(t => t.Key == Key("reminder-before:7"));

        var succession = LazyLadder.After(Plan, fired, Local("2026-12-08T09:00"), [new StoredTimer(fired.Key, true)]);

        Assert.Empty(succession.AlreadyDue);
        Assert.Equal(Key("reminder-before:3"), succession.Next!.Timer.Key);
    }

    [Fact]
    public void After_downtime_the_passed_rungs_are_due_at_once_and_the_first_rung_still_ahead_is_next()
    {
        var fired = Plan.Timers.Single(t => t.Key == Key("reminder-before:7"));

        var succession = LazyLadder.After(Plan, fired, Local("2026-12-23T10:00"), []);

        var expected = new[] { "reminder-before:3", "reminder-before:1", "due:0", "overdue-repeat:1", "overdue-repeat:2", "escalation:1" }.Select(k => Key(k));
        Assert.Equal(expected, succession.AlreadyDue.Select(a => a.Timer.Key));
        Assert.Equal(Key("overdue-repeat:3"), succession.Next!.Timer.Key);
    }

    [Fact]
    public void A_rung_cancelled_earlier_is_armed_again_under_its_own_key_and_a_fired_series_is_skipped()
    {
        var fired = Plan.Timers.Single(t => t.Key == Key("reminder-before:7"));
        StoredTimer[] stored = [new(Key("reminder-before:3"), true), new(Key("reminder-before:1"), false)];

        var succession = LazyLadder.After(Plan, fired, Local("2026-12-10T12:00"), stored);

        Assert.Empty(succession.AlreadyDue);
        Assert.Equal((Key("reminder-before:1"), Key("reminder-before:1")), (succession.Next!.Timer.Key, succession.Next.ExistingKey));
    }

    [Fact]
    public void The_last_rung_has_no_successor()
    {
        var last = Plan.Timers[^1];

        var succession = LazyLadder.After(Plan, last, last.FireAt, []);

        Assert.Empty(succession.AlreadyDue);
        Assert.Null(succession.Next);
    }

    [Theory]
    [InlineData("2026-12-08T09:00 2026-12-11T09:00 2026-12-20T12:00 2027-01-15T09:00")]
    [InlineData("2026-12-23T10:00 2027-02-01T09:00")]
    [InlineData("2026-12-09T00:00 2026-12-14T09:00 2026-12-15T09:00 2026-12-22T09:00")]
    public void Firing_one_rung_at_a_time_sends_what_the_whole_ladder_sends_at_each_sweep(string sweepsAt)
    {
        var sweeps = sweepsAt.Split(' ');
        var plan = Plan;
        var eagerPending = plan.Timers.ToList();
        var lazyPending = new List<PlannedTimer> { LazyLadder.FirstAfter(plan, Local("2026-10-01T10:00"), [])!.Timer };
        var fired = new List<StoredTimer>();
        foreach (var sweep in sweeps.Select(Local))
        {
            var eagerSent = MissedTimerCatchUp.Decide(eagerPending, sweep).SendLate.Select(l => l.Timer.Key).Order(StringComparer.Ordinal).ToList();
            eagerPending.RemoveAll(t => t.FireAt <= sweep);

            var due = lazyPending.Where(t => t.FireAt <= sweep).ToList();
            lazyPending.RemoveAll(t => t.FireAt <= sweep);
            if (due.Count > 0)
            {
                var succession = LazyLadder.After(plan, due[^1], sweep, fired);
                due.AddRange(succession.AlreadyDue.Select(a => a.Timer));
                lazyPending.AddRange(succession.Next is { } next ? [next.Timer] : []);
            }

            var lazySent = MissedTimerCatchUp.Decide(due, sweep).SendLate.Select(l => l.Timer.Key).Order(StringComparer.Ordinal).ToList();
            fired.AddRange(lazySent.Select(k => new StoredTimer(k, true)));
            Assert.NotEmpty(eagerSent);
            Assert.Equal(eagerSent, lazySent);
            Assert.True(lazyPending.Count <= 1, "a lazily planned ladder stores at most one rung");
        }
    }
}
