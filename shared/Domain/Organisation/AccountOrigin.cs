namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// Who made an account and when. Both are null for accounts not made through the organisation API (the demo seed,
/// bootstrap-admin, accounts older than the record): nobody else answers for those.
/// </summary>
public sealed record AccountOrigin(string UserId, string? CreatedBy, DateTimeOffset? CreatedAt);
