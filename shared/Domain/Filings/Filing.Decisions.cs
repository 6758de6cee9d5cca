using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Filings;

/// <summary>How a submission enters the chain and how an approval or sign-off moves it on.</summary>
public sealed partial class Filing
{
    private IReadOnlyList<IFilingEvent> SubmitForm(string userId, ApprovalChain chain, EvaluationScore? selfScore, DateTimeOffset now)
    {
        RequireOpenStage();
        var form = ActiveForm;
        if (form.Stage == CycleStage.Rectification)
        {
            throw Refuse("rectification.submit-items", "整改阶段按整改事项逐项提交整改材料，没有整体表单可提交。");
        }

        if (form.State is not (StageState.Draft or StageState.Returned))
        {
            throw Refuse("filing.not-editable", $"当前状态为“{StageStateNames.Of(form.State)}”，不能提交。");
        }

        if (form.Stage == CycleStage.SelfEvaluation)
        {
            RequireValidScore(selfScore ?? throw Refuse("self-evaluation.score-required", "提交绩效自评时必须附上自评得分和等级。"));
        }
        else if (selfScore is not null)
        {
            throw Refuse("filing.score-not-expected", $"“{CycleStageNames.Of(form.Stage)}”提交时不填自评得分。");
        }

        var isResubmission = form.State == StageState.Returned;
        var pinned = form.Chain ?? chain;
        var stepNumber = isResubmission ? form.ReturnedFromStep ?? 1 : 1;
        var firstStep = pinned.Step(stepNumber);
        var submitted = form with
        {
            State = StageState.InReview,
            Chain = pinned,
            CurrentStep = stepNumber,
            ReturnedFromStep = null,
            StepSignatures = [],
            DecisionsSinceSubmit = 0,

            // Sign-offs of the steps before the returning one stand; that step and the later ones sign the new version.
            SignOffs = isResubmission ? form.SignOffs.Where(o => o.Step < stepNumber).ToList() : [],
            FormVersion = form.FormVersion + 1,
            FiledBy = userId,
        };
        submitted = Logged(form, submitted, now, userId, isResubmission ? FormAction.Resubmitted : FormAction.Submitted, stepNumber, null);

        var next = WithForm(_s, submitted);
        var events = new List<IFilingEvent> { new FilingSubmittedEvent(Id, form.Stage, userId, submitted.FormVersion, isResubmission, now) };
        if (selfScore is not null)
        {
            next = next with { Score = new FilingScore(selfScore, selfScore, []) };
            events.Add(new SelfScoreRecordedEvent(Id, submitted.FormVersion, selfScore.Points, selfScore.Grade, now));
        }

        events.Add(RequestReview(form.Stage, firstStep, now));
        Advance(now, next);
        return events;
    }

    private IReadOnlyList<IFilingEvent> Decide(StageForm form, ApprovalStep step, string userId, string? comment, bool signOff, DateTimeOffset now)
    {
        if (form.StepSignatures.Contains(userId, StringComparer.Ordinal))
        {
            throw Refuse("review.already-signed", "您已在本步骤签署过意见，无需重复审核。");
        }

        var signatures = form.StepSignatures.Append(userId).ToList();
        var stepCompleted = step.Mode != SignMode.All || step.Assignees.All(a => signatures.Contains(a, StringComparer.Ordinal));
        var events = new List<IFilingEvent>
        {
            signOff
                ? new SignOffRecordedEvent(Id, form.Stage, step.Number, step.Role, userId, comment, stepCompleted, now)
                : new ReviewApprovedEvent(Id, form.Stage, step.Number, userId, comment, stepCompleted, now),
        };
        var decided = form with
        {
            DecisionsSinceSubmit = form.DecisionsSinceSubmit + 1,
            SignOffs = signOff ? [.. form.SignOffs, new RecordedSignOff(step.Number, step.Role, userId, comment, now)] : form.SignOffs,
        };
        var action = signOff ? FormAction.SignedOff : FormAction.Approved;

        if (!stepCompleted)
        {
            Advance(now, WithForm(_s, Logged(form, decided with { StepSignatures = signatures }, now, userId, action, step.Number, comment)));
            return events;
        }

        var chain = form.Chain!;
        var nextStep = signOff
            ? chain.Steps.FirstOrDefault(s => !HasRequiredSignOffs(s, decided.SignOffs))
            : chain.IsLast(step.Number) ? null : chain.Step(step.Number + 1);

        if (nextStep is not null)
        {
            var moved = decided with { CurrentStep = nextStep.Number, StepSignatures = [] };
            Advance(now, WithForm(_s, Logged(form, moved, now, userId, action, step.Number, comment)));
            events.Add(RequestReview(form.Stage, nextStep, now));
            return events;
        }

        var approved = decided with { State = StageState.Approved, CurrentStep = null, StepSignatures = [], ApprovedAt = now };
        Advance(now, WithForm(_s, Logged(form, approved, now, userId, action, step.Number, comment)));
        events.Add(form is { Stage: CycleStage.Declaration, Revision: > 1 }
            ? new TargetAdjustmentApprovedEvent(Id, form.Revision, form.FormVersion, form.FiledBy ?? string.Empty, now)
            : new StageApprovedEvent(Id, form.Stage, DepartmentId, FiscalYear, form.FiledBy ?? string.Empty, now));
        return events;
    }

    /// <summary>A monitoring step is signed when one assignee signed it (单人/或签) or every assignee did (会签).</summary>
    private static bool HasRequiredSignOffs(ApprovalStep step, IReadOnlyList<RecordedSignOff> signOffs)
    {
        var signers = signOffs.Where(o => o.Step == step.Number).Select(o => o.SignedBy).ToList();
        return step.Mode == SignMode.All
            ? step.Assignees.All(a => signers.Contains(a, StringComparer.Ordinal))
            : step.Assignees.Any(a => signers.Contains(a, StringComparer.Ordinal));
    }

    private static void RequireValidScore(EvaluationScore score)
    {
        if (score.Points is < 0m or > 100m)
        {
            throw Refuse("self-evaluation.score-range", $"自评得分 {score.Points} 不在 0 至 100 分之间。");
        }

        if (!Enum.IsDefined(score.Grade))
        {
            throw Refuse("self-evaluation.grade-unknown", "自评等级应为优、良、中、差之一。");
        }
    }
}
