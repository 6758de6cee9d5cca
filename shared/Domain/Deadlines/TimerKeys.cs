using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// The spelling of timer keys: "{filingId}:{stage}:{kind}:{n}", e.g.
/// "3f2c…:declaration:reminder-before:7". n is the days before for reminder-before, 0 for due, the tick number for
/// overdue-repeat and 1 for escalation, so a timer moved by an extension keeps its key. A rung fired before an
/// extension and due again afterwards is a new timer: "…:reminder-before:7:ext1" (see <see cref="ExtensionReplanner"/>).
/// </summary>
public static class TimerKeys
{
    public static string StageSegment(CycleStage stage, string? itemId)
    {
        var name = stage switch
        {
            CycleStage.Declaration => "declaration",
            CycleStage.Monitoring => "monitoring",
            CycleStage.SelfEvaluation => "self-evaluation",
            CycleStage.Rectification => "rectification",
            _ => stage.ToString().ToLowerInvariant(),
        };

        // Each rectification item has its own deadline, so it needs its own key space.
        return itemId is null ? name : $"{name}.{itemId}";
    }

    public static string KindSegment(TimerKind kind) => kind switch
    {
        TimerKind.ReminderBefore => "reminder-before",
        TimerKind.Due => "due",
        TimerKind.OverdueRepeat => "overdue-repeat",
        _ => "escalation",
    };

    public static string Series(string subjectKey, TimerKind kind, int number) => $"{subjectKey}:{KindSegment(kind)}:{number}";

    public static string AfterExtension(string series, int extensionSequence) => $"{series}:ext{extensionSequence}";
}
