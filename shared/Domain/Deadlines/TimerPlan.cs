namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// The timers for one deadline, in firing order. <see cref="ProvisionalYears"/> lists the years whose calendar is
/// provisional and on which some timer date rests: the UI warns that these dates may move.
/// </summary>
public sealed record TimerPlan(IReadOnlyList<PlannedTimer> Timers, IReadOnlyList<int> ProvisionalYears);
