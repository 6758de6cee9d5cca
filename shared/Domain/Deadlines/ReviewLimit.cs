using PerfWorkflow.Domain.Calendar;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// The time limit of one review request: when the step has waited the calendar's working days
/// (<see cref="CycleCalendar.ReviewStepWorkingDays"/>, this repository's docs/domain.md, §7 Calendar) its assignees
/// are told. One per request, so a step asked for again after a return has a limit of its own.
/// </summary>
public sealed record ReviewLimit(ReviewRequest Request, DateTimeOffset DueAt)
{
    public string Key => TimerKeys.ReviewLimit(Request.Stage.FilingId, Request.Stage.Stage, Request.Step, Request.RequestId);

    /// <summary>Throws <see cref="WorkingDayCalendarNotCoveredException"/> when the working days run past the loaded calendars.</summary>
    public static ReviewLimit For(ReviewRequest request, CycleCalendar calendar, WorkingDayCalendar workingDays, DeadlineClock clock) =>
        new(request, calendar.ReviewStepDueAt(request.RequestedAt, workingDays, clock));
}
