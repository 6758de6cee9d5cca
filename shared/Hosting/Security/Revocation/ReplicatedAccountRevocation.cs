namespace PerfWorkflow.Hosting.Security.Revocation;

/// <summary>
/// The newest revocation of all of an account's tokens that this service has heard of (<c>{prefix}_account_revocations</c>):
/// the stamp the account's tokens carry since, and when it changed.
/// </summary>
public sealed class ReplicatedAccountRevocation
{
    public required string UserId { get; init; }

    public required string SecurityStamp { get; set; }

    public required DateTime RevokedAt { get; set; }
}
