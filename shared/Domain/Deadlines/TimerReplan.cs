namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// What the scheduler does after an extension. <see cref="ToSchedule"/> is an upsert by key: a key that is already
/// armed is moved (its key is in <see cref="MovedKeys"/>), a new key is armed. <see cref="ToCancel"/> are armed timers
/// the new due date made obsolete. Timers already fired appear nowhere: they are history.
/// </summary>
public sealed record TimerReplan(
    FilingDeadline Deadline,
    IReadOnlyList<PlannedTimer> ToSchedule,
    IReadOnlyList<PlannedTimer> ToCancel,
    IReadOnlyList<PlannedTimer> Unchanged,
    IReadOnlySet<string> MovedKeys,
    IReadOnlyList<int> ProvisionalYears);
