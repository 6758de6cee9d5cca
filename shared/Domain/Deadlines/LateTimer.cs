namespace PerfWorkflow.Domain.Deadlines;

/// <summary>A missed timer to send now, marked late: the message should say it was due at <see cref="PlannedTimer.FireAt"/>.</summary>
public sealed record LateTimer(PlannedTimer Timer, TimeSpan Lateness);
