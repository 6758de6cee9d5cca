namespace PerfWorkflow.Domain.Audit;

/// <summary>How an audit trail was found broken.</summary>
public enum AuditBreak
{
    /// <summary>A sequence number is missing or out of order (a line was removed or inserted).</summary>
    SequenceGap = 1,

    /// <summary>A line does not name the hash of the line before it.</summary>
    PreviousHashMismatch = 2,

    /// <summary>A line's content no longer matches its own hash (it was edited).</summary>
    HashMismatch = 3,

    /// <summary>A line belongs to another filing.</summary>
    OtherFiling = 4,

    /// <summary>The trail ends before the head recorded outside it (its last lines were deleted).</summary>
    Truncated = 5,

    /// <summary>The trail's last line is not the head recorded outside it (lines added or the end rewritten).</summary>
    HeadMismatch = 6,
}
