using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Filings;

/// <summary>The approval chain of the active form: submit, approve or sign off, return, withdraw, transfer.</summary>
public sealed partial class Filing
{
    /// <summary>
    /// 提交 / 重新提交 of the 申报 or 监控 form. The first submission of a form pins <paramref name="chain"/>; the
    /// pinned chain stays with the form (later edits of the chain definition do not reach it), and a resubmission
    /// after 退回修改 goes back to the step that returned the form.
    /// </summary>
    public IReadOnlyList<IFilingEvent> Submit(string userId, ApprovalChain chain, DateTimeOffset now) =>
        SubmitForm(userId, chain, selfScore: null, now);

    /// <summary>提交 of the 自评 form, with the score the department gave itself (the service computes it).</summary>
    public IReadOnlyList<IFilingEvent> Submit(string userId, ApprovalChain chain, EvaluationScore selfScore, DateTimeOffset now) =>
        SubmitForm(userId, chain, selfScore, now);

    /// <summary>审核通过 by one assignee of the current step (申报 and 自评; 监控 is signed off instead).</summary>
    public IReadOnlyList<IFilingEvent> Approve(string userId, string? comment, DateTimeOffset now)
    {
        var (form, step) = RequireAssignedReviewer(userId);
        if (form.Stage == CycleStage.Monitoring)
        {
            throw Refuse("monitoring.sign-off-required", "绩效运行监控表需由各签认人签认，请使用“签认”。");
        }

        return Decide(form, step, userId, comment, signOff: false, now);
    }

    /// <summary>
    /// 签认 of the 监控 form by one assignee of the current step. The form is approved only when every step has all
    /// the sign-offs it requires (one for 单人/或签, every assignee for 会签).
    /// </summary>
    public IReadOnlyList<IFilingEvent> SignOff(string userId, string? comment, DateTimeOffset now)
    {
        RequireOpenStage();
        if (ActiveStage != CycleStage.Monitoring)
        {
            throw Refuse("sign-off.monitoring-only", $"只有绩效运行监控表需要签认，“{CycleStageNames.Of(ActiveStage)}”请使用“审核通过”。");
        }

        var (form, step) = RequireAssignedReviewer(userId);
        return Decide(form, step, userId, comment, signOff: true, now);
    }

    /// <summary>
    /// 退回修改, with a comment that may not be empty. <paramref name="toPreviousStep"/> sends it one step back
    /// instead of to the filer; the resubmission later returns to the step that returned it.
    /// </summary>
    public IReadOnlyList<IFilingEvent> Return(string userId, string comment, bool toPreviousStep, DateTimeOffset now)
    {
        var (form, step) = RequireAssignedReviewer(userId);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw Refuse("review.comment-required", "退回修改必须填写退回意见。");
        }

        if (toPreviousStep && step.Number == 1)
        {
            throw Refuse("review.no-previous-step", "当前已是第一步审核，只能退回填报单位。");
        }

        var text = comment.Trim();
        if (toPreviousStep)
        {
            var previous = form.Chain!.Step(step.Number - 1);
            var back = form with
            {
                CurrentStep = previous.Number,
                StepSignatures = [],
                DecisionsSinceSubmit = form.DecisionsSinceSubmit + 1,
                SignOffs = form.SignOffs.Where(o => o.Step < previous.Number).ToList(),
            };
            Advance(now, WithForm(_s, Logged(form, back, now, userId, FormAction.ReturnedToPreviousStep, step.Number, text)));
            return
            [
                new FilingReturnedEvent(Id, form.Stage, step.Number, previous.Number, userId, text, form.FiledBy ?? string.Empty, now),
                RequestReview(form.Stage, previous, now),
            ];
        }

        var returned = form with
        {
            State = StageState.Returned,
            ReturnedFromStep = step.Number,
            CurrentStep = null,
            StepSignatures = [],
            DecisionsSinceSubmit = form.DecisionsSinceSubmit + 1,
            SignOffs = form.SignOffs.Where(o => o.Step < step.Number).ToList(),
        };
        Advance(now, WithForm(_s, Logged(form, returned, now, userId, FormAction.Returned, step.Number, text)));
        return [new FilingReturnedEvent(Id, form.Stage, step.Number, null, userId, text, form.FiledBy ?? string.Empty, now)];
    }

    /// <summary>撤回: the filer takes the form back, allowed only while nobody has decided on it.</summary>
    public IReadOnlyList<IFilingEvent> Withdraw(string userId, DateTimeOffset now)
    {
        RequireOpenStage();
        var form = ActiveForm;
        if (form.State != StageState.InReview)
        {
            throw Refuse("filing.not-in-review", "只有审核中的表单可以撤回。");
        }

        if (form.DecisionsSinceSubmit > 0)
        {
            throw Refuse("filing.already-decided", "审核人已作出审核意见，不能撤回。");
        }

        var draft = form with { State = StageState.Draft, CurrentStep = null, ReturnedFromStep = null, StepSignatures = [], SignOffs = [] };
        Advance(now, WithForm(_s, Logged(form, draft, now, userId, FormAction.Withdrawn, form.CurrentStep, null)));
        return [new SubmissionWithdrawnEvent(Id, form.Stage, userId, now)];
    }

    /// <summary>转办: an assignee hands their place in the current step to a colleague, before deciding.</summary>
    public IReadOnlyList<IFilingEvent> Transfer(string userId, string toUserId, string? comment, DateTimeOffset now)
    {
        var (form, step) = RequireAssignedReviewer(userId);
        if (string.IsNullOrWhiteSpace(toUserId) || string.Equals(toUserId, userId, StringComparison.Ordinal))
        {
            throw Refuse("review.transfer-target", "转办对象必须是另一位同事。");
        }

        if (step.IsAssigned(toUserId))
        {
            throw Refuse("review.transfer-already-assigned", "转办对象已是本步骤的审核人。");
        }

        if (form.StepSignatures.Contains(userId, StringComparer.Ordinal))
        {
            throw Refuse("review.transfer-after-signing", "您已在本步骤签署过意见，不能再转办。");
        }

        var reassigned = step with { Assignees = step.Assignees.Select(a => a == userId ? toUserId : a).ToList() };
        var chain = form.Chain! with { Steps = form.Chain.Steps.Select(s => s.Number == step.Number ? reassigned : s).ToList() };
        // Handing over is not a decision on the form: the filer may still withdraw.
        var transferred = form with { Chain = chain };
        Advance(now, WithForm(_s, Logged(form, transferred, now, userId, FormAction.Transferred, step.Number, comment)));
        return
        [
            new ReviewTransferredEvent(Id, form.Stage, step.Number, userId, toUserId, comment, now),
            RequestReview(form.Stage, reassigned with { Assignees = [toUserId] }, now),
        ];
    }

    /// <summary>意见: a comment on the active form. It is reported as an event and changes nothing, not even the version.</summary>
    public IReadOnlyList<IFilingEvent> Comment(string userId, string text, DateTimeOffset now)
    {
        RequireOpenStage();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Refuse("comment.text-required", "意见内容不能为空。");
        }

        var form = ActiveForm;
        return [new CommentAddedEvent(Id, form.Stage, form.FormVersion, form.CurrentStep, userId, text.Trim(), now)];
    }

    private (StageForm Form, ApprovalStep Step) RequireAssignedReviewer(string userId)
    {
        RequireOpenStage();
        var form = ActiveForm;
        if (form.State != StageState.InReview || form.CurrentStep is null || form.Chain is null)
        {
            throw Refuse("review.not-in-review", $"当前状态为“{StageStateNames.Of(form.State)}”，没有待审核的步骤。");
        }

        var step = form.Chain.Step(form.CurrentStep.Value);
        if (!step.IsAssigned(userId))
        {
            throw Refuse("review.not-assignee", $"您不是第 {step.Number} 步（{step.Role}）的审核人。");
        }

        return (form, step);
    }
}
