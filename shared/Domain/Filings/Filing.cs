using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// One department's filing for one fiscal year, carried through 申报 → 监控 → 自评 → 整改 → closed. A single-writer
/// aggregate: every action takes the time it happens at and returns the events it caused, or throws
/// <see cref="FilingRuleException"/> and changes nothing. Who may act on behalf of whom (roles, departments) is
/// checked by the service; the filing checks only what it knows: the stage, the form's state and the pinned chain.
/// </summary>
/// <remarks>
/// The review actions (submit, approve, sign off, return, withdraw, transfer, comment) act on the
/// <see cref="ActiveStage"/>'s form: the current stage's, except while a 绩效目标调整 runs, when the reopened
/// declaration is the form under review and the later stage waits.
/// </remarks>
public sealed partial class Filing
{
    /// <summary>The actor recorded for what the calendar does (opening a stage, closing the cycle).</summary>
    public const string SystemActor = "system";

    private FilingSnapshot _s;

    private Filing(FilingSnapshot snapshot) => _s = snapshot;

    public Guid Id => _s.Id;
    public string DepartmentId => _s.DepartmentId;
    public int FiscalYear => _s.FiscalYear;
    public CycleStage Stage => _s.Stage;
    public int Version => _s.Version;

    /// <summary>True while the declaration's targets are being adjusted and the later stages wait for it.</summary>
    public bool IsAdjustingTargets =>
        _s.Stage != CycleStage.Closed && DeclarationForm is { Revision: > 1 } declaration && declaration.State != StageState.Approved;

    /// <summary>The stage whose form the review actions act on.</summary>
    public CycleStage ActiveStage => IsAdjustingTargets ? CycleStage.Declaration : Stage;

    public StageState State => ActiveForm.State;
    public int FormVersion => ActiveForm.FormVersion;
    public int? CurrentStep => ActiveForm.CurrentStep;
    public ApprovalChain? Chain => ActiveForm.Chain;
    public FilingScore? Score => _s.Score;
    public IReadOnlyList<RectificationItem> RectificationItems => _s.RectificationItems;

    /// <summary>The form of a stage the filing has opened, or null if it has not reached that stage.</summary>
    public StageForm? FormOf(CycleStage stage) => _s.Forms.FirstOrDefault(f => f.Stage == stage);

    public FilingSnapshot ToSnapshot() => _s;

    public static Filing FromSnapshot(FilingSnapshot snapshot) =>
        snapshot.Forms.Count > 0 && snapshot.Forms[0].Stage == CycleStage.Declaration
            ? new(snapshot)
            : throw new InvalidOperationException($"Filing snapshot {snapshot.Id} has no declaration form; it predates stage forms or is damaged.");

    public static (Filing Filing, IReadOnlyList<IFilingEvent> Events) Open(Guid id, string departmentId, int fiscalYear, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(departmentId))
        {
            throw new FilingRuleException("filing.department-required", "必须指定填报部门。");
        }

        if (fiscalYear is < 2000 or > 2100)
        {
            throw new FilingRuleException("filing.fiscal-year-range", $"预算年度 {fiscalYear} 不在有效范围（2000–2100）内。");
        }

        var filing = new Filing(new FilingSnapshot
        {
            Id = id,
            DepartmentId = departmentId,
            FiscalYear = fiscalYear,
            Stage = CycleStage.Declaration,
            Version = 1,
            Forms = [NewForm(CycleStage.Declaration, revision: 1, formVersion: 0, filedBy: null, comment: null, now)],
            OpenedAt = now,
            UpdatedAt = now,
        });
        return (filing, [new FilingOpenedEvent(id, departmentId, fiscalYear, now), new StageOpenedEvent(id, CycleStage.Declaration, now)]);
    }

    private StageForm DeclarationForm => _s.Forms[0];

    private StageForm CurrentForm => _s.Forms[^1];

    private StageForm ActiveForm => IsAdjustingTargets ? DeclarationForm : CurrentForm;

    private static StageForm NewForm(CycleStage stage, int revision, int formVersion, string? filedBy, string? comment, DateTimeOffset now) =>
        new()
        {
            Stage = stage,
            State = StageState.Draft,
            Revision = revision,
            FormVersion = formVersion,
            FiledBy = filedBy,
            OpenedAt = now,
            History = [new FormHistoryEntry(now, SystemActor, FormAction.Opened, StageState.Draft, StageState.Draft, null, comment, formVersion)],
        };

    /// <summary><paramref name="after"/> with one more history line telling how it came from <paramref name="before"/>.</summary>
    private static StageForm Logged(StageForm before, StageForm after, DateTimeOffset at, string actor, FormAction action, int? step, string? comment) =>
        after with
        {
            History = [.. before.History, new FormHistoryEntry(at, actor, action, before.State, after.State, step, comment, after.FormVersion)],
        };

    private static FilingSnapshot WithForm(FilingSnapshot snapshot, StageForm form) =>
        snapshot with { Forms = snapshot.Forms.Select(f => f.Stage == form.Stage ? form : f).ToList() };

    private void RequireOpenStage()
    {
        if (_s.Stage == CycleStage.Closed)
        {
            throw Refuse("filing.closed", "本年度绩效管理流程已结束。");
        }
    }

    private ReviewRequestedEvent RequestReview(CycleStage stage, ApprovalStep step, DateTimeOffset now) =>
        new(Id, stage, step.Number, step.Role, step.Mode, step.Assignees, now);

    // Every accepted change bumps Version once: the service stores the snapshot only if nobody else did first.
    // Everything that can refuse runs before this, so a refused action leaves the filing as it was.
    private void Advance(DateTimeOffset now, FilingSnapshot next) =>
        _s = next with { Version = _s.Version + 1, UpdatedAt = now };

    private static FilingRuleException Refuse(string code, string message) => new(code, message);
}
