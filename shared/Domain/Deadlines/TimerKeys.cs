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
    // The kinds, spelled once: the four of the deadline planner, and Workflow's review limit and stage opening.
    public const string ReminderBefore = "reminder-before";
    public const string Due = "due";
    public const string OverdueRepeat = "overdue-repeat";
    public const string Escalation = "escalation";
    public const string ReviewOverdue = "review-overdue";
    public const string OpenStage = "open-stage";

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
        TimerKind.ReminderBefore => ReminderBefore,
        TimerKind.Due => Due,
        TimerKind.OverdueRepeat => OverdueRepeat,
        _ => Escalation,
    };

    public static string Series(string subjectKey, TimerKind kind, int number) => $"{subjectKey}:{KindSegment(kind)}:{number}";

    /// <summary>A review step's time limit, one per review request (the message that asked for it).</summary>
    public static string ReviewLimit(Guid filingId, CycleStage stage, int step, Guid requestMessageId) =>
        $"{filingId:D}:{StageSegment(stage, null)}:{ReviewOverdue}:{step}:{requestMessageId:N}";

    /// <summary>The calendar's opening of a stage; a new attempt after a refusal gets the next number.</summary>
    public static string StageOpening(Guid filingId, CycleStage stage, int attempt) =>
        $"{filingId:D}:{StageSegment(stage, null)}:{OpenStage}:{attempt}";

    public static string AfterExtension(string series, int extensionSequence) => $"{series}:ext{extensionSequence}";
}
