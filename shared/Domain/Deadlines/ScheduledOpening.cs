namespace PerfWorkflow.Domain.Deadlines;

/// <summary>What became of a stage's calendar opening timer (attempt 0) by the time the stage before it is approved.</summary>
public enum ScheduledOpening
{
    /// <summary>Never armed: the opening date had passed when the filing was opened.</summary>
    NotArmed,

    /// <summary>Armed and not yet fired.</summary>
    Waiting,

    /// <summary>Fired: Filing was asked and refused, the stage before was not approved yet.</summary>
    Fired,
}
