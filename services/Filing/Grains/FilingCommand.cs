namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// One command on a filing as plain data. <see cref="Action"/> is the audit trail's name for it (<c>submit</c>,
/// <c>approve</c>, <c>return-to-previous-step</c> …); the other fields are the ones that action uses.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FilingCommand
{
    [Id(0)] public required string Action { get; init; }

    /// <summary>Who acts: a user id, or <see cref="Domain.Filings.Filing.SystemActor"/> for the calendar.</summary>
    [Id(1)] public required string Actor { get; init; }

    /// <summary>The request's Idempotency-Key: a retry with the same key gets the first answer.</summary>
    [Id(2)] public string? IdempotencyKey { get; init; }

    /// <summary>The comment, reason, problem or evidence the audit line records.</summary>
    [Id(3)] public string? Comment { get; init; }

    [Id(4)] public decimal? Points { get; init; }
    [Id(5)] public int? Item { get; init; }
    [Id(6)] public string? ToUserId { get; init; }
    [Id(7)] public string? Stage { get; init; }
    [Id(8)] public string? Source { get; init; }
    [Id(9)] public string? Measure { get; init; }
    [Id(10)] public string? Owner { get; init; }
    [Id(11)] public DateOnly? Deadline { get; init; }
    [Id(12)] public string[]? Links { get; init; }
}
