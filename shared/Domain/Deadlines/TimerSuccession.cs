namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// What follows a fired rung of a lazily planned ladder: <see cref="AlreadyDue"/> are the rungs after it whose moment has
/// also passed (after downtime; the sweep settles them with the fired one, see <see cref="MissedTimerCatchUp"/>), and
/// <see cref="Next"/> is the one rung to arm, the first still ahead (null when the ladder is done).
/// </summary>
public sealed record TimerSuccession(IReadOnlyList<TimerArming> AlreadyDue, TimerArming? Next);
