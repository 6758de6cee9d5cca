namespace PerfWorkflow.Contracts;

/// <summary>
/// Every token issued to an account up to <see cref="OccurredAt"/> was revoked (the person or the office revoked them
/// all, or the account was disabled or its role or department changed): the account's security stamp is now
/// <see cref="SecurityStamp"/>, and only tokens carrying it, or issued after <see cref="OccurredAt"/>, still stand.
/// The newest OccurredAt wins. Published by Filing through its outbox.
/// </summary>
public sealed record AccountTokensRevoked(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    string UserId,
    string SecurityStamp);
