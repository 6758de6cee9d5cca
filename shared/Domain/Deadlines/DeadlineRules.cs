using PerfWorkflow.Domain.Calendar;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>Everything the planner needs besides the deadline itself.</summary>
public sealed record DeadlineRules(WorkingDayCalendar Calendar, ReminderLadder Ladder, EscalationPolicy Escalation, DeadlineClock Clock)
{
    public static DeadlineRules Defaults(WorkingDayCalendar calendar) =>
        new(calendar, ReminderLadder.Default, EscalationPolicy.Default, DeadlineClock.ChinaStandardTime);
}
