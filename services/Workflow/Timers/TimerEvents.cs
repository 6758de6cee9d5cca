using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// The event a fired timer sends, and to whom. Filer reminders go to the person known to file for the filing
/// (<see cref="FilingTimetable.FiledBy"/>) or, before anyone has, to the department's filers; escalations to the
/// supervising department and the performance office; a review limit to the step's assignees.
/// </summary>
public static class TimerEvents
{
    public static object For(TimerRecord timer, Guid messageId, FilingTimetable? timetable, DateTimeOffset now, bool late, WorkingDayCalendar? workingDays, DeadlineClock clock)
    {
        var scheduledFor = new DateTimeOffset(timer.FireAt, TimeSpan.Zero);
        var dueDate = timer.DueAt is { } dueAt ? clock.DueDateOf(new DateTimeOffset(dueAt, TimeSpan.Zero)) : default;
        var fireDate = clock.LocalDate(scheduledFor);
        return timer.Kind switch
        {
            TimerKinds.ReminderBefore or TimerKinds.Due => new DeadlineApproaching(
                messageId, now, timer.FilingId, timer.DepartmentId, timer.FiscalYear, timer.Stage, dueDate,
                timer.Kind == TimerKinds.Due ? 0 : timer.Number, timer.Key, scheduledFor, late, FilerRecipients(timer.DepartmentId, timetable)),
            TimerKinds.OverdueRepeat => new DeadlineMissed(
                messageId, now, timer.FilingId, timer.DepartmentId, timer.FiscalYear, timer.Stage, dueDate,
                timer.Number, fireDate.DayNumber - dueDate.DayNumber, timer.Key, scheduledFor, late, FilerRecipients(timer.DepartmentId, timetable)),
            TimerKinds.Escalation => new DeadlineEscalated(
                messageId, now, timer.FilingId, timer.DepartmentId, timer.FiscalYear, timer.Stage, dueDate,
                WorkingDays(workingDays, dueDate, fireDate), timer.Key, scheduledFor, late,
                [RecipientAddress.SupervisorOf(timer.DepartmentId), RecipientAddress.BureauRole(Roles.PerformanceOffice)]),
            TimerKinds.ReviewOverdue => new ReviewOverdue(
                messageId, now, timer.FilingId, timer.DepartmentId, timer.FiscalYear, timer.Stage, timer.Number,
                new DateTimeOffset(timer.RequestedAt ?? timer.CreatedAt, TimeSpan.Zero),
                timer.RequestedAt is { } requested ? WorkingDays(workingDays, clock.LocalDate(new DateTimeOffset(requested, TimeSpan.Zero)), dueDate) : 0,
                timer.Key, scheduledFor, late, timer.Recipients ?? []),
            TimerKinds.OpenStage => new OpenStage(messageId, now, timer.FilingId, timer.Stage),
            _ => throw new InvalidOperationException($"Timer {timer.Key} has unknown kind {timer.Kind}."),
        };
    }

    public static IReadOnlyList<string> FilerRecipients(string departmentId, FilingTimetable? timetable) =>
        timetable?.FiledBy is { Length: > 0 } filer ? [filer] : [RecipientAddress.DepartmentRole(Roles.Filer, departmentId)];

    private static int WorkingDays(WorkingDayCalendar? calendar, DateOnly from, DateOnly to) =>
        calendar is not null && calendar.Covers(from, to) ? calendar.WorkingDaysBetween(from, to) : 0;
}
