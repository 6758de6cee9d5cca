using PerfWorkflow.Domain.Calendar;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Where a filer stands against one stage's due date on a given day: working days left (null when the working-day
/// calendar does not cover the days between), and whether and by how many calendar days the form is late. A form
/// already handed in is never late, however long its review takes: lateness belongs to the one who must act.
/// </summary>
public sealed record DeadlineStanding(DateOnly DueDate, int? WorkingDaysLeft, int DaysOverdue)
{
    public bool IsOverdue => DaysOverdue > 0;

    /// <param name="dueDate">The last day on which handing in counts as on time.</param>
    /// <param name="today">The local date now (the caller passes it in).</param>
    /// <param name="awaitingFiler">The form is with the filer (draft or returned), not handed in.</param>
    /// <param name="calendar">The working-day calendar; null when none is loaded.</param>
    public static DeadlineStanding Of(DateOnly dueDate, DateOnly today, bool awaitingFiler, WorkingDayCalendar? calendar)
    {
        var overdue = awaitingFiler && today > dueDate ? today.DayNumber - dueDate.DayNumber : 0;
        int? workingDaysLeft = null;
        if (today <= dueDate && calendar is not null && calendar.Covers(today, dueDate))
        {
            // Today counts while it is a working day: on the due date itself one working day is left.
            workingDaysLeft = calendar.WorkingDaysBetween(today, dueDate) + (calendar.IsWorkingDay(today) ? 1 : 0);
        }
        else if (today > dueDate)
        {
            workingDaysLeft = 0;
        }

        return new DeadlineStanding(dueDate, workingDaysLeft, overdue);
    }
}
