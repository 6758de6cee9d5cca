using PerfWorkflow.Domain.Deadlines;

namespace PerfWorkflow.Workflow.Persistence;

/// <summary>The kinds of <see cref="TimerRecord.Kind"/> as Workflow groups them; each is spelled once, in <see cref="TimerKeys"/>.</summary>
public static class TimerKinds
{
    public const string ReminderBefore = TimerKeys.ReminderBefore;
    public const string Due = TimerKeys.Due;
    public const string OverdueRepeat = TimerKeys.OverdueRepeat;
    public const string Escalation = TimerKeys.Escalation;

    /// <summary>A review step's time limit (ReviewOverdue).</summary>
    public const string ReviewOverdue = TimerKeys.ReviewOverdue;

    /// <summary>The calendar's opening date of a stage: Workflow sends OpenStage to Filing.</summary>
    public const string OpenStage = TimerKeys.OpenStage;

    /// <summary>The kinds that belong to a stage deadline and stop when the filer has handed the form in.</summary>
    public static readonly string[] Deadline = [ReminderBefore, Due, OverdueRepeat, Escalation];
}
