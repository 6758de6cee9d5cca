namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// One stage's form as it stands in its approval chain: its state, the chain pinned at its first submission, the
/// step it waits on, the signatures and sign-offs it has gathered and its history. A filing holds one per opened
/// stage; a 绩效目标调整 replaces the declaration's with a new <see cref="Revision"/>.
/// </summary>
public sealed record StageForm
{
    public required CycleStage Stage { get; init; }
    public required StageState State { get; init; }

    /// <summary>1 as first filed; each 绩效目标调整 of the declaration adds one.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>Counts submissions; never reused within a stage, so documents can be stored per version.</summary>
    public int FormVersion { get; init; }

    public ApprovalChain? Chain { get; init; }
    public int? CurrentStep { get; init; }
    public int? ReturnedFromStep { get; init; }

    /// <summary>Who has approved the current step so far (会签 waits on all of them).</summary>
    public IReadOnlyList<string> StepSignatures { get; init; } = [];

    /// <summary>Approvals, returns and transfers since the last submission: 撤回 is allowed only while this is 0.</summary>
    public int DecisionsSinceSubmit { get; init; }

    /// <summary>监控 签认 gathered for the version under review; approval needs every required one.</summary>
    public IReadOnlyList<RecordedSignOff> SignOffs { get; init; } = [];

    public string? FiledBy { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public IReadOnlyList<FormHistoryEntry> History { get; init; } = [];
}
