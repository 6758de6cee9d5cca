using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Domain.Filings;

/// <summary>抽查复核: the performance office checks an approved self-evaluation and may change its score.</summary>
public sealed partial class Filing
{
    /// <summary>
    /// Replaces the self-evaluation's current score with <paramref name="adjusted"/>, giving a reason. Allowed once
    /// the self-evaluation is approved and until the cycle closes; the self-assessed score stays on record.
    /// </summary>
    public IReadOnlyList<IFilingEvent> AdjustScore(string userId, EvaluationScore adjusted, string reason, DateTimeOffset now)
    {
        RequireOpenStage();
        if (FormOf(CycleStage.SelfEvaluation) is not { State: StageState.Approved } || _s.Score is not { } score)
        {
            throw Refuse("spot-check.not-approved", "只有审核通过的绩效自评可以抽查复核。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refuse("spot-check.reason-required", "调整自评得分必须说明复核理由。");
        }

        RequireValidScore(adjusted);
        if (adjusted == score.Current)
        {
            throw Refuse("spot-check.unchanged", "复核得分和等级与现有结果相同，无需调整。");
        }

        var text = reason.Trim();
        var old = score.Current;
        Advance(now, _s with
        {
            Score = score with { Current = adjusted, Adjustments = [.. score.Adjustments, new ScoreAdjustment(old, adjusted, userId, text, now)] },
        });
        return [new ScoreAdjustedEvent(Id, old.Points, old.Grade, adjusted.Points, adjusted.Grade, userId, text, now)];
    }
}
