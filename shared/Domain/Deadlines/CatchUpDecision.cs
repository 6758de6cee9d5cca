namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// After downtime: <see cref="SendLate"/> go out once, marked late; <see cref="Superseded"/> are marked done without
/// sending, because a later missed reminder of the same deadline says the same thing more accurately.
/// </summary>
public sealed record CatchUpDecision(IReadOnlyList<LateTimer> SendLate, IReadOnlyList<PlannedTimer> Superseded);
