namespace PerfWorkflow.Portal.Api;

/// <summary>One 整改 item of a filing: the problem, the measure, who owns it by when, and the evidence given.</summary>
public sealed record RectificationItemDto(
    int Number,
    string Source,
    string Problem,
    string Measure,
    string Owner,
    DateOnly Deadline,
    string RaisedBy,
    DateTimeOffset RaisedAt,
    string Status,
    string? Evidence,
    IReadOnlyList<string> EvidenceLinks,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? VerifiedBy,
    DateTimeOffset? VerifiedAt,
    IReadOnlyList<RectificationRejectionDto> Rejections);
