using PerfWorkflow.Domain.Calendar;

namespace PerfWorkflow.Domain.Tests.Calendar;

/// <summary>The calendar files as shipped in config/calendars, copied next to the tests.</summary>
internal static class ShippedCalendars
{
    private static readonly Lazy<WorkingDayCalendar> Both = new(() => Load("cn-2026.json", "cn-2027.json"));
    private static readonly Lazy<WorkingDayCalendar> Only2026 = new(() => Load("cn-2026.json"));

    public static WorkingDayCalendar Cn2026And2027 => Both.Value;

    public static WorkingDayCalendar Cn2026 => Only2026.Value;

    public static string Text(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "calendars", fileName));

    public static WorkingDayCalendar Load(params string[] fileNames)
    {
        var result = WorkingDayCalendarParser.ParseMany(fileNames.Select(f => (f, (string?)Text(f))));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Calendar!;
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
