using PerfWorkflow.Domain.Deadlines;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class LadderRearmingTests
{
    private static TimerPlan Plan => DeadlinePlanner.Plan(Due("2026-12-15"), Rules);

    [Fact]
    public void A_return_to_the_filer_arms_the_rungs_ahead_moves_cancelled_ones_and_leaves_fired_series_as_history()
    {
        StoredTimer[] stored =
        [
            new(Key("reminder-before:7"), true),
            new(Key("reminder-before:3"), false),
            new(Key("due:0"), false),
        ];

        var armings = LadderRearming.Decide(Plan, Local("2026-12-10T11:00"), stored);

        Assert.Equal(Key("reminder-before:3"), armings[0].ExistingKey);
        Assert.Null(armings.Single(a => a.Timer.Key == Key("reminder-before:1")).ExistingKey);
        Assert.Equal(Key("due:0"), armings.Single(a => a.Timer.Key == Key("due:0")).ExistingKey);
        Assert.DoesNotContain(armings, a => a.Timer.Key == Key("reminder-before:7"));
        Assert.Equal(armings.OrderBy(a => a.Timer.FireAt).Select(a => a.Timer.Key), armings.Select(a => a.Timer.Key));
    }

    [Fact]
    public void After_an_extension_the_newest_unfired_key_of_a_series_is_the_one_moved()
    {
        StoredTimer[] stored = [new(Key("due:0"), true), new(Key("due:0:ext1"), true), new(Key("due:0:ext2"), false)];
        var due = Plan.Timers.Single(t => t.Key == Key("due:0"));

        Assert.Equal(Key("due:0:ext2"), LadderRearming.ArmingOf(due, stored)!.ExistingKey);
        Assert.Null(LadderRearming.ArmingOf(due, [new(Key("due:0"), true)]));
    }
}
