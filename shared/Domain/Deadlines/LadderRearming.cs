namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Which rungs of a deadline's ladder to arm when the form is (again) with the filer: a stage opened, a withdrawal,
/// or 退回修改 to the filer. Only rungs still ahead of the event count; a rung whose series already fired stays
/// history (the filer heard it); after an extension a series may live on under "{series}:extN", and the newest unfired
/// key of the series is the one to move.
/// </summary>
public static class LadderRearming
{
    /// <summary>Every rung ahead of <paramref name="cutoff"/> that may be armed, in firing order.</summary>
    public static IReadOnlyList<TimerArming> Decide(TimerPlan plan, DateTimeOffset cutoff, IReadOnlyList<StoredTimer> stored) =>
        [.. plan.Timers.Where(t => t.FireAt > cutoff).Select(t => ArmingOf(t, stored)).OfType<TimerArming>()];

    /// <summary>How <paramref name="timer"/> is armed given the stored timers of its deadline; null when its series already fired.</summary>
    public static TimerArming? ArmingOf(PlannedTimer timer, IReadOnlyList<StoredTimer> stored)
    {
        var ofSeries = stored.Where(s => s.Key == timer.Series || s.Key.StartsWith(timer.Series + ":ext", StringComparison.Ordinal)).ToList();
        var live = ofSeries.Where(s => !s.Fired)
            .OrderByDescending(s => s.Key.Length).ThenByDescending(s => s.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (live is not null)
        {
            return new TimerArming(timer, live.Key);
        }

        return ofSeries.Count == 0 ? new TimerArming(timer, null) : null;
    }
}
