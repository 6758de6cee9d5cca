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
    public required StageState State { get; init; }
    public required int Version { get; init; }
    public int FormVersion { get; init; }
    public int? CurrentStep { get; init; }
    public int? ReturnedFromStep { get; init; }
    public ApprovalChain? Chain { get; init; }
    public IReadOnlyList<string> StepSignatures { get; init; } = [];
    public int DecisionsSinceSubmit { get; init; }
    public string? FiledBy { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
