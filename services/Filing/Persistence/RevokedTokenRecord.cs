namespace PerfWorkflow.Filing.Persistence;

/// <summary>One local token refused before it expires (its holder signed out); kept until it would have expired.</summary>
public sealed class RevokedTokenRecord
{
    public required string TokenId { get; init; }
    public required string UserId { get; init; }
    public required DateTime ExpiresAt { get; init; }
    public required DateTime RevokedAt { get; init; }
}
