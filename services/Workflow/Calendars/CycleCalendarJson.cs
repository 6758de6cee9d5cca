using System.Text.Json;
using System.Text.Json.Serialization;
using PerfWorkflow.Domain.Deadlines;

namespace PerfWorkflow.Workflow.Calendars;

/// <summary>How a <see cref="CycleCalendar"/> version is stored in <c>workflow_cycle_calendars.definition</c> and shown by the API.</summary>
public static class CycleCalendarJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(CycleCalendar calendar) => JsonSerializer.Serialize(calendar, Options);

    public static CycleCalendar Read(string json) =>
        JsonSerializer.Deserialize<CycleCalendar>(json, Options) ?? throw new InvalidOperationException("Empty cycle calendar definition.");
}
