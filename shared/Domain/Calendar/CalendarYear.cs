namespace PerfWorkflow.Domain.Calendar;

/// <summary>
/// One year's holiday arrangement as the finance bureau loaded it. <see cref="IsProvisional"/> is true while the
/// State Council's notice for the year is not yet published: deadlines computed from it may move, and the UI warns.
/// </summary>
public sealed record CalendarYear(
    string Region,
    int Year,
    bool IsProvisional,
    string Source,
    string? Note,
    IReadOnlyList<PublicHoliday> Holidays,
    IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays);
