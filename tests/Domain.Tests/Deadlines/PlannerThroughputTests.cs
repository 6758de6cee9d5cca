using System.Diagnostics;
using PerfWorkflow.Domain.Deadlines;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class PlannerThroughputTests
{
    [Fact]
    public void Planning_a_district_worth_of_deadlines_is_quick()
    {
        // 20,000 deadlines × ~14 timers ≈ 280,000 timers; about 1 s here, 1,000,000 timers about 3 s.
        var rules = Rules;
        var start = Clock.DueInstant(new DateOnly(2026, 3, 1));
        var watch = Stopwatch.StartNew();
        var timers = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var deadline = new FilingDeadline(Guid.NewGuid(), "440106-101", 2027, Filings.CycleStage.Rectification, start.AddDays(i % 240));
            timers += DeadlinePlanner.Plan(deadline, rules).Timers.Count;
        }

        watch.Stop();
        Assert.InRange(timers, 250_000, 320_000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{timers} timers took {watch.Elapsed}");
    }
}
