namespace PerfWorkflow.Domain.Calendar;

/// <summary>One holiday block of the State Council's notice (放假调休), e.g. 国庆节 2026-10-01 to 2026-10-07, both days included.</summary>
public sealed record PublicHoliday(string Name, DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= From && date <= To;
}
