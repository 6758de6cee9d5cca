using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Tests.Calendar;

namespace PerfWorkflow.Domain.Tests.Deadlines;

internal static class DeadlineFixtures
{
    public static readonly Guid FilingId = Guid.Parse("3f2c7a10-0000-4000-8000-000000000001");
    public static readonly Guid OtherFilingId = Guid.Parse("3f2c7a10-0000-4000-8000-000000000002");

    public static DeadlineRules Rules => DeadlineRules.Defaults(ShippedCalendars.Cn2026And2027);

    public static DeadlineClock Clock => DeadlineClock.ChinaStandardTime;

    public static DateTimeOffset Local(string isoLocal) => DateTimeOffset.Parse(isoLocal + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    public static FilingDeadline Due(string date, CycleStage stage = CycleStage.Declaration, string? itemId = null, Guid? filingId = null, string department = "440106-101") =>
        new(filingId ?? FilingId, department, 2027, stage, Clock.DueInstant(ShippedCalendars.D(date)), itemId);

    public static string Key(string kindAndNumber, string stage = "declaration", Guid? filingId = null) =>
        $"{filingId ?? FilingId:D}:{stage}:{kindAndNumber}";

    /// <summary>Key → local fire time "yyyy-MM-dd HH:mm", the shape the expectations are written in.</summary>
    public static Dictionary<string, string> ByKey(IEnumerable<PlannedTimer> timers) =>
        timers.ToDictionary(t => t.Key, t => t.FireAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
}
