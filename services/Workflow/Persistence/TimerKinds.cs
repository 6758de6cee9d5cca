namespace PerfWorkflow.Workflow.Persistence;

/// <summary>The spellings of <see cref="TimerRecord.Kind"/>: the four of the domain planner plus Workflow's own two.</summary>
public static class TimerKinds
{
    public const string ReminderBefore = "reminder-before";
    public const string Due = "due";
    public const string OverdueRepeat = "overdue-repeat";
    public const string Escalation = "escalation";

    /// <summary>A review step's time limit (ReviewOverdue).</summary>
    public const string ReviewOverdue = "review-overdue";

    /// <summary>The calendar's opening date of a stage: Workflow sends OpenStage to Filing.</summary>
    public const string OpenStage = "open-stage";

    /// <summary>The kinds that belong to a stage deadline and stop when the filer has handed the form in.</summary>
    public static readonly string[] Deadline = [ReminderBefore, Due, OverdueRepeat, Escalation];
}
