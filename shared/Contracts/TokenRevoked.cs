namespace PerfWorkflow.Contracts;

/// <summary>
/// One local token was revoked (its holder signed out): every service refuses it from now on, until
/// <see cref="ExpiresAt"/>, after which its signature's lifetime refuses it anyway. Published by Filing, which keeps the
/// accounts, through its outbox, so a broker outage delays the news but never loses it.
/// </summary>
public sealed record TokenRevoked(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    string UserId,
    string TokenId,
    DateTimeOffset ExpiresAt);
