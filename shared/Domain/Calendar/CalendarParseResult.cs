namespace PerfWorkflow.Domain.Calendar;

/// <summary>Either a calendar or the reasons there is none; never both.</summary>
public sealed record CalendarParseResult(WorkingDayCalendar? Calendar, IReadOnlyList<CalendarDataError> Errors)
{
    public bool Succeeded => Calendar is not null;
}
