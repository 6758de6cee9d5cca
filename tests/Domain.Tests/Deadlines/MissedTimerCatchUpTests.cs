using PerfWorkflow.Domain.Deadlines;
using static PerfWorkflow.Domain.Tests.Deadlines.DeadlineFixtures;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class MissedTimerCatchUpTests
{
    private static IReadOnlyList<PlannedTimer> Plan(Guid? filingId = null, string due = "2026-12-15") =>
        DeadlinePlanner.Plan(Due(due, filingId: filingId), Rules).Timers;

    [Fact]
    public void After_a_long_outage_only_the_latest_reminder_and_every_escalation_go_out_late()
    {
        var now = Local("2026-12-25T12:00");
        var decision = MissedTimerCatchUp.Decide(Plan(), now);

        Assert.Equal([Key("escalation:1"), Key("overdue-repeat:3")], decision.SendLate.Select(l => l.Timer.Key));
        Assert.Equal(TimeSpan.FromHours(75), decision.SendLate[0].Lateness); // 12-22 09:00 → 12-25 12:00
        Assert.Equal(TimeSpan.FromHours(27), decision.SendLate[1].Lateness);
        Assert.Equal(
            new[] { "reminder-before:7", "reminder-before:3", "reminder-before:1", "due:0", "overdue-repeat:1", "overdue-repeat:2" }.Select(k => Key(k)).Order(),
            decision.Superseded.Select(t => t.Key).Order());
    }

    [Fact]
    public void Missed_reminders_before_the_deadline_collapse_to_the_nearest_one()
    {
        var decision = MissedTimerCatchUp.Decide(Plan(), Local("2026-12-12T12:00"));
        Assert.Equal([Key("reminder-before:3")], decision.SendLate.Select(l => l.Timer.Key));
        Assert.Equal([Key("reminder-before:7")], decision.Superseded.Select(t => t.Key));
    }

    [Fact]
    public void Nothing_missed_means_nothing_to_do()
    {
        var decision = MissedTimerCatchUp.Decide(Plan(), Local("2026-12-08T08:59"));
        Assert.Empty(decision.SendLate);
        Assert.Empty(decision.Superseded);
    }

    [Fact]
    public void Each_deadline_is_caught_up_on_its_own()
    {
        var pending = Plan().Concat(Plan(OtherFilingId, "2026-12-18")).ToList();
        var decision = MissedTimerCatchUp.Decide(pending, Local("2026-12-18T12:00"));

        Assert.Equal(
            new[] { Key("overdue-repeat:1"), Key("due:0", filingId: OtherFilingId) }.Order(),
            decision.SendLate.Select(l => l.Timer.Key).Order());
        var missed = pending.Count(t => t.FireAt <= Local("2026-12-18T12:00"));
        Assert.Equal(missed, decision.SendLate.Count + decision.Superseded.Count);
    }
}
