using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// What <see cref="LadderSuccessions"/> adds to a sweep: rungs armed just now whose moment has already passed (settled
/// with the others), and the keys of settled rungs whose form is handed in (cancelled, not sent).
/// </summary>
public sealed record LadderSuccessionOutcome(IReadOnlyList<TimerRecord> AlsoDue, IReadOnlySet<string> HandedIn)
{
    public static LadderSuccessionOutcome Nothing { get; } = new([], new HashSet<string>());
}
