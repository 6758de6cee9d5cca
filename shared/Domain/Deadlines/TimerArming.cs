namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Arm <see cref="Timer"/>: under <see cref="ExistingKey"/> when a stored, unfired timer of its series is moved and
/// set waiting again, or as a new timer under <see cref="PlannedTimer.Key"/> when the series has none.
/// </summary>
public sealed record TimerArming(PlannedTimer Timer, string? ExistingKey);
