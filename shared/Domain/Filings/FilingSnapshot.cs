using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// Everything a <see cref="Filing"/> remembers, as plain data, so a service can store it and load it back
/// (and an Orleans grain could keep it as its state). <see cref="Version"/> is the optimistic-concurrency token.
/// </summary>
public sealed record FilingSnapshot
{
    public required Guid Id { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required CycleStage Stage { get; init; }
    public required int Version { get; init; }

    /// <summary>One form per opened stage, in stage order; the last is the current stage's.</summary>
    public IReadOnlyList<StageForm> Forms { get; init; } = [];

    /// <summary>Declaration revisions replaced by a 绩效目标调整 (approved ones) or given up (cancelled ones).</summary>
    public IReadOnlyList<StageForm> EarlierDeclarations { get; init; } = [];

    public FilingScore? Score { get; init; }
    public IReadOnlyList<RectificationItem> RectificationItems { get; init; } = [];
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
