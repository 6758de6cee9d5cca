namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// A deadline's ladder armed one rung at a time: only the rung that can fire next is stored, and the sweep that fires
/// it arms the one after, in the same transaction. The rungs and their order are <see cref="DeadlinePlanner"/>'s
/// (by instant, then kind), and which of them may be armed is <see cref="LadderRearming"/>'s, so the reminders sent
/// are the same as with the whole ladder stored; only the rows waiting in the future are fewer.
/// </summary>
public static class LazyLadder
{
    /// <summary>The one rung to arm when the form is with the filer from <paramref name="cutoff"/> on; null when none is left.</summary>
    public static TimerArming? FirstAfter(TimerPlan plan, DateTimeOffset cutoff, IReadOnlyList<StoredTimer> stored) =>
        LadderRearming.Decide(plan, cutoff, stored).FirstOrDefault();

    /// <summary>The rungs after <paramref name="fired"/> in firing order: those already due at <paramref name="now"/>, and the next one ahead.</summary>
    public static TimerSuccession After(TimerPlan plan, PlannedTimer fired, DateTimeOffset now, IReadOnlyList<StoredTimer> stored)
    {
        var position = IndexOf(plan, fired.Series);
        var later = position >= 0
            ? plan.Timers.Skip(position + 1)
            : plan.Timers.Where(t => t.FireAt > fired.FireAt || (t.FireAt == fired.FireAt && t.Kind > fired.Kind));
        var alreadyDue = new List<TimerArming>();
        foreach (var timer in later)
        {
            if (LadderRearming.ArmingOf(timer, stored) is not { } arming)
            {
                continue;
            }

            if (timer.FireAt > now)
            {
                return new TimerSuccession(alreadyDue, arming);
            }

            alreadyDue.Add(arming);
        }

        return new TimerSuccession(alreadyDue, null);
    }

    private static int IndexOf(TimerPlan plan, string series)
    {
        for (var i = 0; i < plan.Timers.Count; i++)
        {
            if (plan.Timers[i].Series == series)
            {
                return i;
            }
        }

        return -1;
    }
}
