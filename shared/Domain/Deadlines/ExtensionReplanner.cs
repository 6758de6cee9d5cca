namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Re-plans one deadline after a <see cref="DeadlineExtension"/>.
/// <list type="bullet">
/// <item>A fired timer is never fired again under its key (keys are the scheduler's idempotency keys).</item>
/// <item>A timer of the new plan whose moment has already passed at <c>now</c> is dropped, not sent late: the
///   filer was not let down by an outage, the deadline simply moved past it.</item>
/// <item>An armed timer keeps its key and moves to its new time; armed timers with no place in the new plan are cancelled.</item>
/// <item>A rung that already fired for the old due date and lies ahead for the new one is armed again under the key
///   "{series}:ext{sequence}": telling an overdue filer "3 days left" before the new date is new news, and silently
///   skipping it would leave them without any reminder until after the new date.</item>
/// </list>
/// </summary>
public static class ExtensionReplanner
{
    /// <param name="armedAndFired">The deadline's current timers, fired or not (one per series).</param>
    /// <param name="firedKeys">Keys of timers that have fired.</param>
    public static TimerReplan Replan(
        FilingDeadline deadline,
        IReadOnlyList<PlannedTimer> armedAndFired,
        IReadOnlySet<string> firedKeys,
        DeadlineExtension extension,
        DateTimeOffset now,
        DeadlineRules rules)
    {
        var problems = extension.Problems(deadline, rules.Clock);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(extension));
        }

        var extended = deadline with { DueAt = rules.Clock.DueInstant(extension.NewDueDate) };
        var plan = DeadlinePlanner.Plan(extended, rules);

        // After several extensions a series may have a fired base key and an armed "…:extN" key; the armed one counts.
        var current = new Dictionary<string, PlannedTimer>();
        foreach (var timer in armedAndFired)
        {
            if (!current.TryGetValue(timer.Series, out var seen) || (firedKeys.Contains(seen.Key) && !firedKeys.Contains(timer.Key)))
            {
                current[timer.Series] = timer;
            }
        }

        var toSchedule = new List<PlannedTimer>();
        var unchanged = new List<PlannedTimer>();
        var moved = new HashSet<string>();
        var keptSeries = new HashSet<string>();
        foreach (var timer in plan.Timers)
        {
            if (timer.FireAt <= now)
            {
                continue;
            }

            if (current.TryGetValue(timer.Series, out var armed) && !firedKeys.Contains(armed.Key))
            {
                var placed = timer with { Key = armed.Key };
                keptSeries.Add(timer.Series);
                if (placed == armed)
                {
                    unchanged.Add(armed);
                }
                else
                {
                    toSchedule.Add(placed);
                    moved.Add(placed.Key);
                }

                continue;
            }

            var key = firedKeys.Contains(timer.Series) ? TimerKeys.AfterExtension(timer.Series, extension.Sequence) : timer.Series;
            if (!firedKeys.Contains(key))
            {
                toSchedule.Add(timer with { Key = key });
            }
        }

        var toCancel = current.Values
            .Where(t => !firedKeys.Contains(t.Key) && !keptSeries.Contains(t.Series))
            .OrderBy(t => t.FireAt)
            .ToList();
        return new TimerReplan(extended, toSchedule, toCancel, unchanged, moved, plan.ProvisionalYears);
    }
}
