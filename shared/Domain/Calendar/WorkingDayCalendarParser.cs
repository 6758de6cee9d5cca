namespace PerfWorkflow.Domain.Calendar;

/// <summary>
/// Reads the finance bureau's working-day calendar files (config/calendars/cn-YYYY.json, one year per file).
/// Never throws on bad input: every problem comes back as a <see cref="CalendarDataError"/> with file, line and field.
/// </summary>
/// <remarks>
/// Format ("perfworkflow.working-day-calendar/1"):
/// <code>
/// { "format": "perfworkflow.working-day-calendar/1", "region": "CN", "year": 2026, "provisional": false,
///   "source": "国办发明电〔2025〕…", "note": "optional",
///   "holidays": [ { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" } ],
///   "makeUpWorkingDays": [ { "date": "2026-10-10", "for": "国庆节" } ] }
/// </code>
/// Comments and trailing commas are tolerated; unknown or duplicated fields are errors.
/// </remarks>
public static class WorkingDayCalendarParser
{
    public static string FormatName => CalendarYearReader.FormatName;

    public static CalendarParseResult Parse(string? json, string sourceName = "日历文件") => ParseMany([(sourceName, json)]);

    /// <summary>Several year files into one calendar; they must share a region, not repeat a year, and agree on shared dates.</summary>
    public static CalendarParseResult ParseMany(IEnumerable<(string SourceName, string? Json)> documents)
    {
        var errors = new List<CalendarDataError>();
        var years = new List<(string Source, CalendarYear Year)>();
        foreach (var (sourceName, json) in documents ?? [])
        {
            var name = string.IsNullOrWhiteSpace(sourceName) ? "日历文件" : sourceName;
            if (string.IsNullOrWhiteSpace(json))
            {
                errors.Add(new CalendarDataError(name, 1, "", "日历文件是空的。"));
                continue;
            }

            var root = JsonSourceTree.Read(json, name, errors);
            if (root is not null && new CalendarYearReader(name, errors).Read(root) is { } year)
            {
                years.Add((name, year));
            }
        }

        if (errors.Count == 0 && years.Count == 0)
        {
            errors.Add(new CalendarDataError("日历文件", 1, "", "没有提供任何日历文件。"));
        }

        CheckAgreement(years, errors);
        return errors.Count > 0
            ? new CalendarParseResult(null, errors)
            : new CalendarParseResult(new WorkingDayCalendar([.. years.Select(y => y.Year)]), errors);
    }

    private static void CheckAgreement(List<(string Source, CalendarYear Year)> years, List<CalendarDataError> errors)
    {
        if (years.Count < 2)
        {
            return;
        }

        var (firstSource, first) = years[0];
        var seenYears = new Dictionary<int, string>();
        var dayMeaning = new Dictionary<DateOnly, (string Source, bool IsWorking)>();
        foreach (var (source, year) in years)
        {
            if (year.Region != first.Region)
            {
                errors.Add(new CalendarDataError(source, 1, "region", $"地区“{year.Region}”与 {firstSource} 的“{first.Region}”不一致，不能合并为一个日历。"));
            }

            if (!seenYears.TryAdd(year.Year, source))
            {
                errors.Add(new CalendarDataError(source, 1, "year", $"{year.Year} 年已由 {seenYears[year.Year]} 提供，同一年度只能有一个日历文件。"));
                continue;
            }

            var days = year.Holidays.SelectMany(h => Enumerable.Range(0, h.Days).Select(i => (Day: h.From.AddDays(i), IsWorking: false)))
                .Concat(year.MakeUpWorkingDays.Select(m => (Day: m.Date, IsWorking: true)));
            foreach (var (day, isWorking) in days)
            {
                if (dayMeaning.TryGetValue(day, out var earlier) && earlier.IsWorking != isWorking)
                {
                    errors.Add(new CalendarDataError(source, 1, "", $"{day:yyyy-MM-dd} 在本文件中是{(isWorking ? "调休上班日" : "假日")}，在 {earlier.Source} 中却是{(earlier.IsWorking ? "调休上班日" : "假日")}。"));
                }

                dayMeaning.TryAdd(day, (source, isWorking));
            }
        }
    }
}
