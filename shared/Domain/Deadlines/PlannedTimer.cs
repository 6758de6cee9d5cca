using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// One timer to arm. <see cref="Series"/> is "{filingId}:{stage}:{kind}:{n}" and stays the same when the timer is
/// moved; <see cref="Key"/> equals it, except for a rung that fires a second time after an extension ("…:ext1").
/// Use <see cref="Key"/> as the scheduler's idempotency key.
/// </summary>
public sealed record PlannedTimer(
    string Key,
    string Series,
    string SubjectKey,
    Guid FilingId,
    CycleStage Stage,
    TimerKind Kind,
    int Number,
    DateTimeOffset FireAt,
    DateTimeOffset DueAt)
{
    /// <summary>Reminders go to the filer; only escalations go up the chain.</summary>
    public bool IsFilerReminder => Kind != TimerKind.Escalation;
}
