using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// A deliberately plain reading of config/calendars/*.json (a day is worked if it is a make-up working day, or a
/// weekday outside every holiday range), independent of the domain's parser, to re-check hand-worked dates.
/// </summary>
public sealed class ReferenceWorkingDays
{
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _makeUpDays = [];

    public ReferenceWorkingDays(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var holiday in json.RootElement.GetProperty("holidays").EnumerateArray())
            {
                for (var day = DateOnly.Parse(holiday.GetProperty("from").GetString()!); day <= DateOnly.Parse(holiday.GetProperty("to").GetString()!); day = day.AddDays(1))
                {
                    _holidays.Add(day);
                }
            }

            foreach (var makeUp in json.RootElement.GetProperty("makeUpWorkingDays").EnumerateArray())
            {
                _makeUpDays.Add(DateOnly.Parse(makeUp.GetProperty("date").GetString()!));
            }
        }
    }

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpDays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The n-th working day after <paramref name="from"/> (not counting it).</summary>
    public DateOnly NthWorkingDayAfter(DateOnly from, int n)
    {
        var day = from;
        while (n > 0)
        {
            day = day.AddDays(1);
            n -= IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }
}
