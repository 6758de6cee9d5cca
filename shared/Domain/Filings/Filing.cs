namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// One department's filing for one fiscal year, carried through 申报 → 监控 → 自评 → 整改. A single-writer aggregate:
/// every action takes the time it happens at and returns the events it caused, or throws
/// <see cref="FilingRuleException"/> and changes nothing. Who may act on behalf of whom (roles, departments) is
/// checked by the service; the filing checks only what it knows: the stage, the state and the pinned chain.
/// </summary>
public sealed class Filing
{
    private FilingSnapshot _s;

    private Filing(FilingSnapshot snapshot) => _s = snapshot;

    public Guid Id => _s.Id;
    public string DepartmentId => _s.DepartmentId;
    public int FiscalYear => _s.FiscalYear;
    public CycleStage Stage => _s.Stage;
    public StageState State => _s.State;
    public int Version => _s.Version;
    public int FormVersion => _s.FormVersion;
    public int? CurrentStep => _s.CurrentStep;
    public ApprovalChain? Chain => _s.Chain;

    public FilingSnapshot ToSnapshot() => _s;

    public static Filing FromSnapshot(FilingSnapshot snapshot) => new(snapshot);

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
            State = StageState.Draft,
            Version = 1,
            OpenedAt = now,
            UpdatedAt = now,
        });
        return (filing, [new FilingOpened(id, departmentId, fiscalYear, now), new StageOpened(id, CycleStage.Declaration, now)]);
    }

    /// <summary>
    /// 提交 / 重新提交. The first submission in a stage pins <paramref name="chain"/>; a resubmission after 退回修改
    /// keeps the pinned chain and goes back to the step that returned the form.
    /// </summary>
    public IReadOnlyList<IFilingEvent> Submit(string userId, ApprovalChain chain, DateTimeOffset now)
    {
        RequireOpenStage();
        if (_s.State is not (StageState.Draft or StageState.Returned))
        {
            throw Refuse("filing.not-editable", $"当前状态为“{StageStateNames.Of(_s.State)}”，不能提交。");
        }

        var isResubmission = _s.State == StageState.Returned;
        var pinned = isResubmission && _s.Chain is not null ? _s.Chain : chain;
        var step = isResubmission ? _s.ReturnedFromStep ?? 1 : 1;
        var formVersion = _s.FormVersion + 1;
        var events = new List<IFilingEvent> { new FormSubmitted(Id, Stage, userId, formVersion, isResubmission, now) };
        Advance(now, _s with
        {
            State = StageState.InReview,
            Chain = pinned,
            CurrentStep = step,
            ReturnedFromStep = null,
            StepSignatures = [],
            DecisionsSinceSubmit = 0,
            FormVersion = formVersion,
            FiledBy = userId,
        });
        events.Add(RequestReview(pinned.Step(step), now));
        return events;
    }

    /// <summary>审核通过 by one assignee of the current step.</summary>
    public IReadOnlyList<IFilingEvent> Approve(string userId, string? comment, DateTimeOffset now)
    {
        var step = RequireAssignedReviewer(userId);
        if (_s.StepSignatures.Contains(userId, StringComparer.Ordinal))
        {
            throw Refuse("review.already-signed", "您已在本步骤签署过意见，无需重复审核。");
        }

        var signatures = _s.StepSignatures.Append(userId).ToList();
        var stepCompleted = step.Mode != SignMode.All || step.Assignees.All(a => signatures.Contains(a, StringComparer.Ordinal));
        var events = new List<IFilingEvent> { new ReviewApproved(Id, Stage, step.Number, userId, comment, stepCompleted, now) };

        if (!stepCompleted)
        {
            Advance(now, _s with { StepSignatures = signatures, DecisionsSinceSubmit = _s.DecisionsSinceSubmit + 1 });
            return events;
        }

        if (_s.Chain!.IsLast(step.Number))
        {
            Advance(now, _s with { State = StageState.Approved, CurrentStep = null, StepSignatures = [], DecisionsSinceSubmit = _s.DecisionsSinceSubmit + 1 });
            events.Add(new StageApproved(Id, Stage, DepartmentId, FiscalYear, _s.FiledBy ?? string.Empty, now));
            return events;
        }

        var next = _s.Chain.Step(step.Number + 1);
        Advance(now, _s with { CurrentStep = next.Number, StepSignatures = [], DecisionsSinceSubmit = _s.DecisionsSinceSubmit + 1 });
        events.Add(RequestReview(next, now));
        return events;
    }

    /// <summary>
    /// 退回修改, with a comment that may not be empty. <paramref name="toPreviousStep"/> sends it one step back
    /// instead of to the filer; the resubmission later returns to the step that returned it.
    /// </summary>
    public IReadOnlyList<IFilingEvent> Return(string userId, string comment, bool toPreviousStep, DateTimeOffset now)
    {
        var step = RequireAssignedReviewer(userId);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw Refuse("review.comment-required", "退回修改必须填写退回意见。");
        }

        if (toPreviousStep && step.Number == 1)
        {
            throw Refuse("review.no-previous-step", "当前已是第一步审核，只能退回填报单位。");
        }

        if (toPreviousStep)
        {
            var previous = _s.Chain!.Step(step.Number - 1);
            var back = new List<IFilingEvent> { new FilingReturned(Id, Stage, step.Number, previous.Number, userId, comment.Trim(), _s.FiledBy ?? string.Empty, now) };
            Advance(now, _s with { CurrentStep = previous.Number, StepSignatures = [], DecisionsSinceSubmit = _s.DecisionsSinceSubmit + 1 });
            back.Add(RequestReview(previous, now));
            return back;
        }

        var events = new List<IFilingEvent> { new FilingReturned(Id, Stage, step.Number, null, userId, comment.Trim(), _s.FiledBy ?? string.Empty, now) };
        Advance(now, _s with
        {
            State = StageState.Returned,
            ReturnedFromStep = step.Number,
            CurrentStep = null,
            StepSignatures = [],
            DecisionsSinceSubmit = _s.DecisionsSinceSubmit + 1,
        });
        return events;
    }

    /// <summary>撤回: the filer takes the form back, allowed only while nobody has decided on it.</summary>
    public IReadOnlyList<IFilingEvent> Withdraw(string userId, DateTimeOffset now)
    {
        if (_s.State != StageState.InReview)
        {
            throw Refuse("filing.not-in-review", "只有审核中的表单可以撤回。");
        }

        if (_s.DecisionsSinceSubmit > 0)
        {
            throw Refuse("filing.already-decided", "审核人已作出审核意见，不能撤回。");
        }

        var events = new List<IFilingEvent> { new SubmissionWithdrawn(Id, Stage, userId, now) };
        Advance(now, _s with { State = StageState.Draft, CurrentStep = null, StepSignatures = [] });
        return events;
    }

    /// <summary>转办: an assignee hands their place in the current step to a colleague.</summary>
    public IReadOnlyList<IFilingEvent> Transfer(string userId, string toUserId, string? comment, DateTimeOffset now)
    {
        var step = RequireAssignedReviewer(userId);
        if (string.IsNullOrWhiteSpace(toUserId) || string.Equals(toUserId, userId, StringComparison.Ordinal))
        {
            throw Refuse("review.transfer-target", "转办对象必须是另一位同事。");
        }

        if (step.IsAssigned(toUserId))
        {
            throw Refuse("review.transfer-already-assigned", "转办对象已是本步骤的审核人。");
        }

        var reassigned = step with { Assignees = step.Assignees.Select(a => a == userId ? toUserId : a).ToList() };
        var chain = _s.Chain! with { Steps = _s.Chain.Steps.Select(s => s.Number == step.Number ? reassigned : s).ToList() };
        var events = new List<IFilingEvent> { new ReviewTransferred(Id, Stage, step.Number, userId, toUserId, comment, now) };
        Advance(now, _s with { Chain = chain });
        events.Add(RequestReview(reassigned with { Assignees = [toUserId] }, now));
        return events;
    }

    /// <summary>Opens the stage after an approved one (the Workflow service asks on the calendar's date).</summary>
    public IReadOnlyList<IFilingEvent> OpenNextStage(CycleStage stage, DateTimeOffset now)
    {
        if (_s.State != StageState.Approved)
        {
            throw Refuse("stage.previous-not-approved", $"“{CycleStageNames.Of(Stage)}”尚未审核通过，不能开启下一阶段。");
        }

        if (stage != Stage + 1)
        {
            throw Refuse("stage.out-of-order", $"当前阶段为“{CycleStageNames.Of(Stage)}”，下一阶段应为“{CycleStageNames.Of(Stage + 1)}”。");
        }

        var events = new List<IFilingEvent> { new StageOpened(Id, stage, now) };
        var state = stage == CycleStage.Closed ? StageState.Approved : StageState.Draft;
        Advance(now, _s with { Stage = stage, State = state, Chain = null, CurrentStep = null, ReturnedFromStep = null, StepSignatures = [], FormVersion = 0 });
        return events;
    }

    private ApprovalStep RequireAssignedReviewer(string userId)
    {
        RequireOpenStage();
        if (_s.State != StageState.InReview || _s.CurrentStep is null || _s.Chain is null)
        {
            throw Refuse("review.not-in-review", $"当前状态为“{StageStateNames.Of(_s.State)}”，没有待审核的步骤。");
        }

        var step = _s.Chain.Step(_s.CurrentStep.Value);
        if (!step.IsAssigned(userId))
        {
            throw Refuse("review.not-assignee", $"您不是第 {step.Number} 步（{step.Role}）的审核人。");
        }

        return step;
    }

    private void RequireOpenStage()
    {
        if (_s.Stage == CycleStage.Closed)
        {
            throw Refuse("filing.closed", "本年度绩效管理流程已结束。");
        }
    }

    private ReviewRequested RequestReview(ApprovalStep step, DateTimeOffset now) =>
        new(Id, Stage, step.Number, step.Role, step.Mode, step.Assignees, now);

    // Every accepted action bumps Version once: the service stores the snapshot only if nobody else did first.
    private void Advance(DateTimeOffset now, FilingSnapshot next) =>
        _s = next with { Version = _s.Version + 1, UpdatedAt = now };

    private static FilingRuleException Refuse(string code, string message) => new(code, message);
}
