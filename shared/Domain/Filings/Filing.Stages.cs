using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Filings;

/// <summary>Moving between stages, and 绩效目标调整 of an approved declaration.</summary>
public sealed partial class Filing
{
    /// <summary>
    /// Opens the stage after an approved one (the Workflow service asks on the calendar's date). From 整改,
    /// <see cref="CycleStage.Closed"/> may be opened once every rectification item is verified — also when there
    /// are none; verifying the last item closes the cycle by itself.
    /// </summary>
    public IReadOnlyList<IFilingEvent> OpenNextStage(CycleStage stage, DateTimeOffset now)
    {
        RequireOpenStage();
        if (IsAdjustingTargets)
        {
            throw Refuse("adjustment.pending", "绩效目标调整尚未审核通过，不能开启下一阶段。");
        }

        if (Stage == CycleStage.Rectification)
        {
            if (stage != CycleStage.Closed)
            {
                throw Refuse("stage.out-of-order", $"当前阶段为“{CycleStageNames.Of(Stage)}”，下一步应为“{CycleStageNames.Of(CycleStage.Closed)}”。");
            }

            RequireAllRectificationVerified();
            var (closed, closing) = Closing(_s, SystemActor, now);
            Advance(now, closed);
            return closing;
        }

        if (CurrentForm.State != StageState.Approved)
        {
            throw Refuse("stage.previous-not-approved", $"“{CycleStageNames.Of(Stage)}”尚未审核通过，不能开启下一阶段。");
        }

        if (stage != Stage + 1)
        {
            throw Refuse("stage.out-of-order", $"当前阶段为“{CycleStageNames.Of(Stage)}”，下一阶段应为“{CycleStageNames.Of(Stage + 1)}”。");
        }

        Advance(now, _s with { Stage = stage, Forms = [.. _s.Forms, NewForm(stage, revision: 1, formVersion: 0, filedBy: null, comment: null, now)] });
        return [new StageOpenedEvent(Id, stage, now)];
    }

    /// <summary>
    /// 绩效目标调整: reopens the approved declaration as a new revision, a draft that is submitted and runs the
    /// chain again (pinned afresh at its submission). Allowed from the declaration's 批复 until the self-evaluation
    /// opens — in 申报 once approved, and in 监控 while the monitoring form is not in review (a form under review
    /// was filled against the targets in force; it is withdrawn, returned or signed off first). Until the
    /// adjustment is approved or cancelled, the review actions act on the declaration and no later stage advances.
    /// </summary>
    public IReadOnlyList<IFilingEvent> StartTargetAdjustment(string userId, string reason, DateTimeOffset now)
    {
        RequireOpenStage();
        if (Stage >= CycleStage.SelfEvaluation)
        {
            throw Refuse("adjustment.too-late", $"已进入“{CycleStageNames.Of(Stage)}”阶段，绩效目标不能再调整。");
        }

        var declaration = DeclarationForm;
        if (declaration.State != StageState.Approved)
        {
            throw Refuse("adjustment.declaration-not-approved", "只有已批复的绩效目标可以申请调整。");
        }

        if (Stage == CycleStage.Monitoring && CurrentForm.State == StageState.InReview)
        {
            throw Refuse("adjustment.monitoring-in-review", "绩效运行监控表正在审核中，请待其退回、撤回或签认后再申请调整绩效目标。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refuse("adjustment.reason-required", "申请绩效目标调整必须说明调整理由。");
        }

        var revisions = _s.EarlierDeclarations.Append(declaration).ToList();
        var reopened = NewForm(
            CycleStage.Declaration,
            revision: revisions.Max(r => r.Revision) + 1,
            formVersion: revisions.Max(r => r.FormVersion),
            filedBy: declaration.FiledBy,
            comment: reason.Trim(),
            now);
        Advance(now, WithForm(_s, reopened) with { EarlierDeclarations = revisions });
        return [new TargetAdjustmentStartedEvent(Id, reopened.Revision, userId, reason.Trim(), now)];
    }

    /// <summary>Gives up a 绩效目标调整 that is not in review: the last approved declaration stands again.</summary>
    public IReadOnlyList<IFilingEvent> CancelTargetAdjustment(string userId, DateTimeOffset now)
    {
        RequireOpenStage();
        if (!IsAdjustingTargets)
        {
            throw Refuse("adjustment.not-pending", "当前没有进行中的绩效目标调整。");
        }

        var adjusting = DeclarationForm;
        if (adjusting.State == StageState.InReview)
        {
            throw Refuse("adjustment.in-review", "调整后的申报表正在审核中，请先撤回再取消调整。");
        }

        var earlier = _s.EarlierDeclarations.ToList();
        var index = earlier.FindLastIndex(r => r.State == StageState.Approved);
        var approved = earlier[index];
        earlier.RemoveAt(index);
        earlier.Add(adjusting);
        var restored = Logged(approved, approved, now, userId, FormAction.AdjustmentCancelled, null, null);
        Advance(now, WithForm(_s, restored) with { EarlierDeclarations = earlier });
        return [new TargetAdjustmentCancelledEvent(Id, adjusting.Revision, userId, now)];
    }

    /// <summary>Approves the 整改 stage and closes the cycle.</summary>
    private (FilingSnapshot Next, IReadOnlyList<IFilingEvent> Events) Closing(FilingSnapshot snapshot, string actor, DateTimeOffset now)
    {
        var form = snapshot.Forms[^1];
        var approved = Logged(form, form with { State = StageState.Approved, ApprovedAt = now }, now, actor, FormAction.Approved, null, null);
        var next = WithForm(snapshot, approved) with { Stage = CycleStage.Closed };
        return (next,
        [
            new StageApprovedEvent(Id, CycleStage.Rectification, DepartmentId, FiscalYear, form.FiledBy ?? string.Empty, now),
            new StageOpenedEvent(Id, CycleStage.Closed, now),
        ]);
    }

    private void RequireAllRectificationVerified()
    {
        var outstanding = _s.RectificationItems.Count(i => i.Status != RectificationStatus.Verified);
        if (outstanding > 0)
        {
            throw Refuse("rectification.items-outstanding", $"还有 {outstanding} 项整改事项未核实，整改阶段不能结束。");
        }
    }
}
