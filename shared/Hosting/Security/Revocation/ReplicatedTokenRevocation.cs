namespace PerfWorkflow.Hosting.Security.Revocation;

/// <summary>A signed-out token, as Filing announced it (<c>{prefix}_revoked_tokens</c>); kept until the token expires.</summary>
public sealed class ReplicatedTokenRevocation
{
    public required string TokenId { get; init; }

    public required string UserId { get; init; }

    public required DateTime ExpiresAt { get; init; }
}
