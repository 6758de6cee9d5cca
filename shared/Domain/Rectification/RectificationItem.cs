namespace PerfWorkflow.Domain.Rectification;

/// <summary>
/// One item of the filing's 整改清单 as the system tracks it: the problem, the measure, who owns it and by when, and
/// the evidence that it was done. Each item moves on its own: open → submitted → verified, or back to open when
/// rejected. (A row of the list as a filed form is <see cref="Forms.RectificationListRow"/>.)
/// </summary>
public sealed record RectificationItem
{
    public required int Number { get; init; }
    public required RectificationSource Source { get; init; }
    public required string Problem { get; init; }
    public required string Measure { get; init; }
    public required string Owner { get; init; }
    public required DateOnly Deadline { get; init; }
    public required string RaisedBy { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public RectificationStatus Status { get; init; } = RectificationStatus.Open;
    public string? Evidence { get; init; }
    public IReadOnlyList<string> EvidenceLinks { get; init; } = [];
    public string? SubmittedBy { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? VerifiedBy { get; init; }
    public DateTimeOffset? VerifiedAt { get; init; }
    public IReadOnlyList<RectificationRejection> Rejections { get; init; } = [];
}
