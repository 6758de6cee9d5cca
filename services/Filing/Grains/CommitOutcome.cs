namespace PerfWorkflow.Filing.Grains;

/// <summary>How a commit ended: written, refused by the version check, or its Idempotency-Key was used before.</summary>
public enum CommitOutcome
{
    Committed = 0,

    /// <summary>The row's version is not the one this activation holds: another writer committed first.</summary>
    Stale = 1,

    /// <summary>This user's Idempotency-Key already has an answer (a retry that raced its first attempt).</summary>
    KeyUsed = 2,
}
