namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Plans every reminder and escalation timer of one deadline. Pure: the same deadline and rules always give the same
/// timers with the same keys, which is what lets a re-plan recognise a moved timer.
/// </summary>
/// <remarks>
/// Calendar days count the ladder (7, 3, 1 days before; every 3 days overdue); working days count the escalation.
/// Throws <see cref="Calendar.WorkingDayCalendarNotCoveredException"/> when a date it must judge lies in a year
/// without a loaded holiday notice, rather than plan a reminder onto an unknown holiday.
/// </remarks>
public static class DeadlinePlanner
{
    public static TimerPlan Plan(FilingDeadline deadline, DeadlineRules rules)
    {
        var ladder = rules.Ladder;
        var problems = ladder.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(rules));
        }

        var calendar = rules.Calendar;
        var dueDate = rules.Clock.DueDateOf(deadline.DueAt);
        var rungs = new List<(DateOnly Date, TimerKind Kind, int Number)>(ladder.DaysBefore.Count + ladder.OverdueRepeatLimit + 2);

        // Before the deadline, furthest rung first; a nearer rung that lands on the same day replaces the further one.
        foreach (var days in ladder.DaysBefore.OrderByDescending(d => d))
        {
            var date = dueDate.AddDays(-days);
            AddCollapsing(rungs, ladder.KeepToWorkingDays ? calendar.WorkingDayOnOrBefore(date) : date, TimerKind.ReminderBefore, days);
        }

        if (ladder.RemindOnDueDate)
        {
            AddCollapsing(rungs, ladder.KeepToWorkingDays ? calendar.WorkingDayOnOrBefore(dueDate) : dueDate, TimerKind.Due, 0);
        }

        var beforeDueCount = rungs.Count;
        for (var tick = 1; tick <= ladder.OverdueRepeatLimit; tick++)
        {
            var date = dueDate.AddDays(tick * ladder.OverdueRepeatEveryDays);
            AddCollapsing(rungs, ladder.KeepToWorkingDays ? calendar.WorkingDayOnOrAfter(date) : date, TimerKind.OverdueRepeat, tick, beforeDueCount);
        }

        if (rules.Escalation.IsEnabled)
        {
            rungs.Add((calendar.AddWorkingDays(dueDate, rules.Escalation.OverdueWorkingDays), TimerKind.Escalation, 1));
        }

        var subject = deadline.SubjectKey;
        var timers = new List<PlannedTimer>(rungs.Count);
        var provisionalYears = new SortedSet<int>();
        foreach (var (date, kind, number) in rungs)
        {
            var fireAt = rules.Clock.At(date, ladder.LocalFireTime);
            var beforeDue = kind is TimerKind.ReminderBefore or TimerKind.Due;

            // A deadline set for early morning can make the 09:00 due-date reminder come after it; it would only mislead.
            if (beforeDue ? fireAt >= deadline.DueAt : fireAt < deadline.DueAt)
            {
                continue;
            }

            var series = TimerKeys.Series(subject, kind, number);
            timers.Add(new PlannedTimer(series, series, subject, deadline.FilingId, deadline.Stage, kind, number, fireAt, deadline.DueAt));
            if (calendar.ProvisionalYears.Contains(date.Year))
            {
                provisionalYears.Add(date.Year);
            }
        }

        timers.Sort((a, b) => a.FireAt.CompareTo(b.FireAt) is var byTime && byTime != 0 ? byTime : a.Kind.CompareTo(b.Kind));
        return new TimerPlan(timers, [.. provisionalYears]);
    }

    private static void AddCollapsing(List<(DateOnly Date, TimerKind Kind, int Number)> rungs, DateOnly date, TimerKind kind, int number, int floor = 0)
    {
        if (rungs.Count > floor && rungs[^1].Date == date)
        {
            rungs[^1] = (date, kind, number);
        }
        else
        {
            rungs.Add((date, kind, number));
        }
    }
}
