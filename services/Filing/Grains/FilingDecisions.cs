using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// Which domain method each <see cref="FilingCommand"/> calls. The filing decides; a refusal is a
/// <see cref="FilingRuleException"/> and leaves the filing as it was.
/// </summary>
public static class FilingDecisions
{
    public static IReadOnlyList<IFilingEvent> Decide(Domain.Filings.Filing filing, FilingCommand c, DateTimeOffset now) => c.Action switch
    {
        "withdraw" => filing.Withdraw(c.Actor, now),
        "approve" => filing.Approve(c.Actor, c.Comment, now),
        "sign-off" => filing.SignOff(c.Actor, c.Comment, now),
        "return" => filing.Return(c.Actor, Required(c.Comment), toPreviousStep: false, now),
        "return-to-previous-step" => filing.Return(c.Actor, Required(c.Comment), toPreviousStep: true, now),
        "comment" => filing.Comment(c.Actor, Required(c.Comment), now),
        "transfer" => filing.Transfer(c.Actor, Required(c.ToUserId), c.Comment, now),
        "start-target-adjustment" => filing.StartTargetAdjustment(c.Actor, Required(c.Comment), now),
        "cancel-target-adjustment" => filing.CancelTargetAdjustment(c.Actor, now),
        "adjust-score" => filing.AdjustScore(c.Actor, ScoreOf(c.Points ?? 0), Required(c.Comment), now),
        "raise-rectification" => filing.RaiseRectification(
            c.Actor, Enum.Parse<RectificationSource>(Required(c.Source)), Required(c.Comment), Required(c.Measure), Required(c.Owner), c.Deadline ?? throw Missing(), now),
        "submit-rectification" => filing.SubmitRectification(c.Actor, c.Item ?? throw Missing(), c.Comment, c.Links, now),
        "verify-rectification" => filing.VerifyRectification(c.Actor, c.Item ?? throw Missing(), c.Comment, now),
        "reject-rectification" => filing.RejectRectification(c.Actor, c.Item ?? throw Missing(), Required(c.Comment), now),
        "open-stage" => filing.OpenNextStage(Enum.Parse<CycleStage>(Required(c.Stage)), now),
        _ => throw new ArgumentException($"Unknown filing command '{c.Action}'.", nameof(c)),
    };

    /// <summary>提交: a self-evaluation carries its self-score, from the report's 自评结论, else from the filer, else the 自评表's 自评得分.</summary>
    public static IReadOnlyList<IFilingEvent> Submit(Domain.Filings.Filing filing, FilingCommand c, ApprovalChain chain, IFormDocument? mainDocument, DateTimeOffset now) =>
        filing.ActiveStage == CycleStage.SelfEvaluation
            ? filing.Submit(c.Actor, chain, SelfScore(mainDocument, c.Points), now)
            : filing.Submit(c.Actor, chain, now);

    public static EvaluationScore ScoreOf(decimal points) => new(points, GradeBands.Default.GradeOf(points));

    private static EvaluationScore SelfScore(IFormDocument? document, decimal? statedByFiler)
    {
        var points = (document as SelfEvaluationReport)?.Score ?? statedByFiler
            ?? (document as DepartmentSelfEvaluationTable)?.StatedScore
            ?? throw new FilingRuleException("self-evaluation.score-required", "提交自评时须填写自评得分（0–100 分）。");
        return points is < 0 or > 100
            ? throw new FilingRuleException("self-evaluation.score-range", "自评得分应在 0 至 100 分之间。")
            : ScoreOf(points);
    }

    // The API validates every required field before a command is built; a missing one here is our own fault.
    private static string Required(string? value) => value ?? throw Missing();

    private static ArgumentException Missing() => new("A filing command lacks a field its action needs.");
}
