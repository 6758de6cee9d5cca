namespace PerfWorkflow.Filing.Persistence;

/// <summary>
/// The answer given to a command with an Idempotency-Key, stored in the same transaction as the command's effect,
/// so a retried request gets the same answer instead of acting twice.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string UserId { get; init; }
    public required string IdempotencyKey { get; init; }
    public required Guid FilingId { get; init; }

    /// <summary>The action the key was used for ('' for answers stored before actions were kept).</summary>
    public required string Action { get; init; }
    public required string Response { get; init; }
    public required DateTime CreatedAt { get; init; }
}
