using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>Names and shorthands shared by the timer tests: one filing of department d01 for fiscal year 2027.</summary>
public static class Scenario
{
    public const string Department = "d01";
    public static readonly Guid FilingId = Guid.Parse("7c1d0000-0000-4000-8000-000000000001");

    /// <summary>The declaration stage of <paramref name="filingId"/> (of <paramref name="department"/>, d01 unless given).</summary>
    public static FilingStage Declaration(Guid filingId, string department = Department) => new(filingId, department, 2027, CycleStage.Declaration);

    public static string Key(string rest, string stage = "declaration") => $"{FilingId:D}:{stage}:{rest}";

    public static string LocalText(DateTime utc) =>
        new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Pending(IEnumerable<TimerRecord> timers) =>
        timers.Where(t => t.Status == TimerStatuses.Pending).ToDictionary(t => t.Key, t => LocalText(t.FireAt));

    public static IEnumerable<string> KeysOf(IEnumerable<object> events) => events.Select(e => e switch
    {
        DeadlineApproaching a => a.TimerKey,
        DeadlineMissed m => m.TimerKey,
        DeadlineEscalated x => x.TimerKey,
        ReviewOverdue r => r.TimerKey,
        OpenStage o => $"open:{o.Stage}",
        DeadlineExtended x => $"extended:{x.NewDueDate:yyyy-MM-dd}",
        _ => e.GetType().Name,
    });
}
