using System.Security.Claims;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>The actions on one filing, each a POST answering with the filing as it now stands.</summary>
public static class FilingActionEndpoints
{
    /// <summary>A comment, reason, problem or measure: a page of text is plenty; the seeds' longest is a few hundred.</summary>
    private const int Comment = 2000;

    /// <summary>An owner or an account named in a request.</summary>
    private const int Name = 200;

    public static void Map(RouteGroupBuilder filing)
    {
        filing.MapPost("/submit", (Guid id, SubmitRequest? request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Ok(a.SubmitAsync(Caller.Of(p), id, request?.SelfScore, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/withdraw", (Guid id, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Ok(a.WithdrawAsync(Caller.Of(p), id, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/approve", async (Guid id, ReviewDecisionRequest? request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            TooLong(new FieldErrors().Limit(request?.Comment, Comment, "comment"))
            ?? await Ok(a.ApproveAsync(Caller.Of(p), id, request?.Comment, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/sign-off", async (Guid id, ReviewDecisionRequest? request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            TooLong(new FieldErrors().Limit(request?.Comment, Comment, "comment"))
            ?? await Ok(a.SignOffAsync(Caller.Of(p), id, request?.Comment, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/return", async (Guid id, ReviewDecisionRequest request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors().Require(!string.IsNullOrWhiteSpace(request.Comment), "comment", "退回修改必须填写退回意见。"))
            ?? TooLong(new FieldErrors().Limit(request.Comment, Comment, "comment"))
            ?? await Ok(a.ReturnAsync(Caller.Of(p), id, request.Comment!, request.ToPreviousStep, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/transfer", async (Guid id, TransferRequest request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors().Require(!string.IsNullOrWhiteSpace(request.ToUserId), "toUserId", "请选择转办对象。"))
            ?? TooLong(new FieldErrors().Limit(request.ToUserId, Name, "toUserId").Limit(request.Comment, Comment, "comment"))
            ?? await Ok(a.TransferAsync(Caller.Of(p), id, request.ToUserId!, request.Comment, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/comments", async (Guid id, CommentRequest request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors().Require(!string.IsNullOrWhiteSpace(request.Text), "text", "请填写意见内容。"))
            ?? TooLong(new FieldErrors().Limit(request.Text, Comment, "text"))
            ?? await Ok(a.CommentAsync(Caller.Of(p), id, request.Text!.Trim(), Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/target-adjustment", async (Guid id, ReasonRequest request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors().Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "请说明调整绩效目标的原因。"))
            ?? TooLong(new FieldErrors().Limit(request.Reason, Comment, "reason"))
            ?? await Ok(a.StartTargetAdjustmentAsync(Caller.Of(p), id, request.Reason!, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/target-adjustment/cancel", (Guid id, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Ok(a.CancelTargetAdjustmentAsync(Caller.Of(p), id, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/score-adjustment", async (Guid id, ScoreAdjustmentRequest request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors()
                .Require(request.Points is >= 0 and <= 100, "points", "调整后的得分应在 0 至 100 分之间。")
                .Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "抽查复核调整评分必须说明理由。"))
            ?? TooLong(new FieldErrors().Limit(request.Reason, Comment, "reason"))
            ?? await Ok(a.AdjustScoreAsync(Caller.Of(p), id, request.Points!.Value, request.Reason!, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/stages", async (Guid id, OpenStageRequest request, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors().Require(EnumText.TryParse<CycleStage>(request.Stage, out _), "stage", "请指定要开启的阶段（Monitoring、SelfEvaluation、Rectification 或 Closed）。"))
            ?? await Ok(a.OpenStageAsync(Caller.Of(p), id, Enum.Parse<CycleStage>(request.Stage!.Trim()), Caller.IdempotencyKey(http), ct)));

        MapRectification(filing);
    }

    private static void MapRectification(RouteGroupBuilder filing)
    {
        filing.MapPost("/rectifications", async (Guid id, RaiseRectificationRequest r, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors()
                .Require(EnumText.TryParse<RectificationSource>(r.Source, out _), "source", "请选择问题来源（监控、自评、财政评审、第三方评价或审计）。")
                .Require(!string.IsNullOrWhiteSpace(r.Problem), "problem", "请填写存在的问题。")
                .Require(!string.IsNullOrWhiteSpace(r.Measure), "measure", "请填写整改措施。")
                .Require(!string.IsNullOrWhiteSpace(r.Owner), "owner", "请填写责任人。")
                .Require(r.Deadline is not null, "deadline", "请填写整改期限。"))
            ?? TooLong(new FieldErrors().Limit(r.Problem, Comment, "problem").Limit(r.Measure, Comment, "measure").Limit(r.Owner, Name, "owner"))
            ?? await Ok(a.RaiseRectificationAsync(Caller.Of(p), id, Enum.Parse<RectificationSource>(r.Source!.Trim()), r.Problem!, r.Measure!, r.Owner!, r.Deadline!.Value, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/rectifications/{item:int}/submit", async (Guid id, int item, RectificationEvidenceRequest r, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Unacceptable(EvidenceLinkErrors(r.Links).Limit(r.Evidence, Comment, "evidence"))
            ?? await Ok(a.SubmitRectificationAsync(Caller.Of(p), id, item, r.Evidence, r.Links, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/rectifications/{item:int}/verify", async (Guid id, int item, RectificationDecisionRequest? r, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            TooLong(new FieldErrors().Limit(r?.Comment, Comment, "comment"))
            ?? await Ok(a.VerifyRectificationAsync(Caller.Of(p), id, item, r?.Comment, Caller.IdempotencyKey(http), ct)));

        filing.MapPost("/rectifications/{item:int}/reject", async (Guid id, int item, RectificationDecisionRequest r, ClaimsPrincipal p, HttpContext http, FilingActions a, CancellationToken ct) =>
            Invalid(new FieldErrors().Require(!string.IsNullOrWhiteSpace(r.Comment), "comment", "退回整改必须说明理由。"))
            ?? TooLong(new FieldErrors().Limit(r.Comment, Comment, "comment"))
            ?? await Ok(a.RejectRectificationAsync(Caller.Of(p), id, item, r.Comment!, Caller.IdempotencyKey(http), ct)));
    }

    private static async Task<IResult> Ok(Task<FilingView> action) => Results.Ok(await action);

    private static IResult? Invalid(FieldErrors errors) => errors.Any ? errors.ToResult() : null;

    private static IResult? TooLong(FieldErrors errors) => Unacceptable(errors);

    /// <summary>Well-formed but unacceptable input (a link that is not a web address, text over its limit): 422.</summary>
    private static IResult? Unacceptable(FieldErrors errors) => errors.Any ? errors.ToResult(StatusCodes.Status422UnprocessableEntity) : null;

    private static FieldErrors EvidenceLinkErrors(IReadOnlyList<string?>? links)
    {
        var errors = new FieldErrors();
        var given = links ?? [];
        errors.Require(given.Count <= EvidenceLink.MaxCount, "links", $"佐证材料链接最多 {EvidenceLink.MaxCount} 个。");
        for (var i = 0; i < given.Count && i < EvidenceLink.MaxCount; i++)
        {
            errors.Require(string.IsNullOrWhiteSpace(given[i]) || EvidenceLink.IsSafe(given[i]), $"links[{i}]", "佐证材料链接只能是 http:// 或 https:// 开头的网址。");
        }

        return errors;
    }
}
