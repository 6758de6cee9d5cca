namespace PerfWorkflow.Workflow.Timers;

/// <summary>A stage's waiting timers of <see cref="Kinds"/> (of one review step when <see cref="Step"/> is given) that stop, and why.</summary>
public sealed record TimerCancellation(Guid FilingId, string Stage, IReadOnlyList<string> Kinds, int? Step, string Reason);
