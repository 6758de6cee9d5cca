namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Decides what to send for timers whose moment passed while the scheduler was down.
/// <para>
/// Per deadline (filing, stage, rectification item), only the latest missed filer reminder is sent: after a week
/// down, "7 days left", "3 days left", "due today" and two "still overdue" ticks at once would be noise, and all but
/// the last would be stale. So the overdue-repeat series yields at most its latest tick, and a missed "N days left"
/// is dropped once a later reminder of the same deadline was also missed. Every missed escalation is sent: it goes
/// to other people (supervising department, performance office) and is an action, not a nudge.
/// </para>
/// </summary>
public static class MissedTimerCatchUp
{
    /// <param name="pendingTimers">Timers that have not fired, for any number of deadlines.</param>
    public static CatchUpDecision Decide(IEnumerable<PlannedTimer> pendingTimers, DateTimeOffset now)
    {
        var latestReminder = new Dictionary<string, PlannedTimer>();
        var superseded = new List<PlannedTimer>();
        var sendLate = new List<LateTimer>();
        foreach (var timer in pendingTimers)
        {
            if (timer.FireAt > now)
            {
                continue;
            }

            if (!timer.IsFilerReminder)
            {
                sendLate.Add(new LateTimer(timer, now - timer.FireAt));
                continue;
            }

            if (!latestReminder.TryGetValue(timer.SubjectKey, out var latest))
            {
                latestReminder[timer.SubjectKey] = timer;
            }
            else if (IsLater(timer, latest))
            {
                superseded.Add(latest);
                latestReminder[timer.SubjectKey] = timer;
            }
            else
            {
                superseded.Add(timer);
            }
        }

        sendLate.AddRange(latestReminder.Values.Select(t => new LateTimer(t, now - t.FireAt)));
        sendLate.Sort((a, b) => a.Timer.FireAt.CompareTo(b.Timer.FireAt));
        return new CatchUpDecision(sendLate, superseded);
    }

    // Same instant: an overdue tick outranks "due today", which outranks "N days left".
    private static bool IsLater(PlannedTimer candidate, PlannedTimer current) =>
        candidate.FireAt != current.FireAt ? candidate.FireAt > current.FireAt : candidate.Kind > current.Kind;
}
