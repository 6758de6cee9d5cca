using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Scoring;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// The commands on a filing. Each checks who may act (role and department), lets the
/// <see cref="Domain.Filings.Filing"/> decide, and commits through <see cref="FilingStore"/>. The filing's own rules
/// (state, pinned chain, assignees) are the domain's; nothing here repeats them.
/// </summary>
public sealed class FilingActions(FilingStore store, ApprovalChainResolver chains, FormActions forms, TimeProvider time)
{
    public async Task<FilingView> OpenAsync(CurrentUser? user, string departmentId, int fiscalYear, CancellationToken cancellationToken)
    {
        var department = await store.Db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken)
            ?? throw new FilingRuleException("filing.department-unknown", $"部门“{departmentId}”不存在。");
        if (user is not null && (!FilingAccess.CanOpenFiling(user, departmentId) || user.Region != department.Region))
        {
            throw new AccessDeniedException("filing.open-denied", "只有本部门填报人或绩效管理科可以建立绩效管理档案。");
        }

        if (await store.Db.Filings.AnyAsync(f => f.DepartmentId == departmentId && f.FiscalYear == fiscalYear, cancellationToken))
        {
            throw new FilingRuleException("filing.exists", $"该部门 {fiscalYear} 年度的绩效管理档案已存在。");
        }

        var now = time.GetUtcNow();
        var (filing, events) = Domain.Filings.Filing.Open(Guid.CreateVersion7(now), departmentId, fiscalYear, now);
        store.Add(filing, events, user?.UserId ?? Domain.Filings.Filing.SystemActor, now);
        await store.Db.SaveChangesAsync(cancellationToken);
        return FilingView.Of(filing, now);
    }

    /// <summary>The filing, when it exists; refused when the caller may not see it.</summary>
    public async Task<FilingView?> FindAsync(CurrentUser? user, Guid id, CancellationToken cancellationToken)
    {
        var record = await store.Db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        await store.Db.RequireVisibleAsync(user, record.DepartmentId, cancellationToken);
        return FilingStore.ViewOf(record);
    }

    /// <summary>提交: the stage's latest saved form must be free of errors; a self-evaluation carries its self-score.</summary>
    public Task<FilingView> SubmitAsync(CurrentUser user, Guid id, decimal? selfScorePoints, string? key, CancellationToken ct) =>
        ActAsync(user, id, "submit", null, key, async (filing, now) =>
        {
            RequireFiler(user, filing);
            var form = await forms.RequireSubmittableAsync(filing.Id, filing.ActiveStage, ct);
            var chain = await chains.ResolveAsync(filing.DepartmentId, filing.FiscalYear, filing.ActiveStage, ct);
            var events = filing.ActiveStage == CycleStage.SelfEvaluation
                ? filing.Submit(user.UserId, chain, SelfScore(form.Document, selfScorePoints), now)
                : filing.Submit(user.UserId, chain, now);
            forms.MarkSubmitted(form, filing.FormVersion, user.UserId, now);
            return events;
        }, ct);

    public Task<FilingView> WithdrawAsync(CurrentUser user, Guid id, string? key, CancellationToken ct) =>
        ActAsync(user, id, "withdraw", null, key, (filing, now) => Decide(() => { RequireFiler(user, filing); return filing.Withdraw(user.UserId, now); }), ct);

    public Task<FilingView> ApproveAsync(CurrentUser user, Guid id, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, "approve", comment, key, (filing, now) => Decide(() => { RequireReviewer(user); return filing.Approve(user.UserId, comment, now); }), ct);

    public Task<FilingView> SignOffAsync(CurrentUser user, Guid id, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, "sign-off", comment, key, (filing, now) => Decide(() => { RequireReviewer(user); return filing.SignOff(user.UserId, comment, now); }), ct);

    public Task<FilingView> ReturnAsync(CurrentUser user, Guid id, string comment, bool toPreviousStep, string? key, CancellationToken ct) =>
        ActAsync(user, id, toPreviousStep ? "return-to-previous-step" : "return", comment, key, (filing, now) => Decide(() => { RequireReviewer(user); return filing.Return(user.UserId, comment, toPreviousStep, now); }), ct);

    public Task<FilingView> CommentAsync(CurrentUser user, Guid id, string text, string? key, CancellationToken ct) =>
        ActAsync(user, id, "comment", text, key, (filing, now) => Decide(() => filing.Comment(user.UserId, text, now)), ct);

    public Task<FilingView> TransferAsync(CurrentUser user, Guid id, string toUserId, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, "transfer", comment, key, async (filing, now) =>
        {
            RequireReviewer(user);
            var colleague = await store.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == toUserId, ct);
            if (colleague is null || colleague.Role != user.Role || colleague.Region != user.Region || colleague.DepartmentId != user.DepartmentId)
            {
                throw new FilingRuleException("review.transfer-not-colleague", "只能转办给同一部门、同一岗位的同事。");
            }

            return filing.Transfer(user.UserId, toUserId, comment, now);
        }, ct);

    /// <summary>绩效目标调整: the department reopens its approved targets; the chain runs again.</summary>
    public Task<FilingView> StartTargetAdjustmentAsync(CurrentUser user, Guid id, string reason, string? key, CancellationToken ct) =>
        ActAsync(user, id, "start-target-adjustment", reason, key, (filing, now) => Decide(() => { RequireFiler(user, filing); return filing.StartTargetAdjustment(user.UserId, reason, now); }), ct);

    public Task<FilingView> CancelTargetAdjustmentAsync(CurrentUser user, Guid id, string? key, CancellationToken ct) =>
        ActAsync(user, id, "cancel-target-adjustment", null, key, (filing, now) => Decide(() => { RequireFiler(user, filing); return filing.CancelTargetAdjustment(user.UserId, now); }), ct);

    /// <summary>抽查复核: the performance office adjusts an approved self-evaluation's score, with a reason.</summary>
    public Task<FilingView> AdjustScoreAsync(CurrentUser user, Guid id, decimal points, string reason, string? key, CancellationToken ct) =>
        ActAsync(user, id, "adjust-score", reason, key, (filing, now) => Decide(() =>
        {
            RequireRole(user, "scoring.denied", "只有绩效管理科可以抽查复核并调整评分。", Roles.PerformanceOffice);
            return filing.AdjustScore(user.UserId, new EvaluationScore(points, GradeBands.Default.GradeOf(points)), reason, now);
        }), ct);

    public Task<FilingView> RaiseRectificationAsync(CurrentUser user, Guid id, RectificationSource source, string problem, string measure, string owner, DateOnly deadline, string? key, CancellationToken ct) =>
        ActAsync(user, id, "raise-rectification", problem, key, (filing, now) => Decide(() => filing.RaiseRectification(user.UserId, source, problem, measure, owner, deadline, now)), ct);

    public Task<FilingView> SubmitRectificationAsync(CurrentUser user, Guid id, int item, string? evidence, IReadOnlyList<string>? links, string? key, CancellationToken ct) =>
        ActAsync(user, id, "submit-rectification", evidence, key, (filing, now) => Decide(() => { RequireFiler(user, filing); return filing.SubmitRectification(user.UserId, item, evidence, links, now); }), ct);

    public Task<FilingView> VerifyRectificationAsync(CurrentUser user, Guid id, int item, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, "verify-rectification", comment, key, (filing, now) => Decide(() =>
        {
            RequireRole(user, "rectification.verify-denied", "整改事项由财政局逐项核实。", Roles.FinanceDivision, Roles.PerformanceOffice);
            return filing.VerifyRectification(user.UserId, item, comment, now);
        }), ct);

    public Task<FilingView> RejectRectificationAsync(CurrentUser user, Guid id, int item, string reason, string? key, CancellationToken ct) =>
        ActAsync(user, id, "reject-rectification", reason, key, (filing, now) => Decide(() =>
        {
            RequireRole(user, "rectification.verify-denied", "整改事项由财政局逐项核实。", Roles.FinanceDivision, Roles.PerformanceOffice);
            return filing.RejectRectification(user.UserId, item, reason, now);
        }), ct);

    /// <summary>Opens the next stage: on the Workflow service's request (user null: the calendar acts) or by the performance office.</summary>
    public Task<FilingView> OpenStageAsync(CurrentUser? user, Guid id, CycleStage stage, string? key, CancellationToken ct) =>
        ActAsync(user, id, "open-stage", stage.ToString(), key, (filing, now) => Decide(() =>
        {
            if (user is not null)
            {
                RequireRole(user, "stage.open-denied", "只有绩效管理科可以手动开启阶段。", Roles.PerformanceOffice);
            }

            return filing.OpenNextStage(stage, now);
        }), ct);

    private async Task<FilingView> ActAsync(
        CurrentUser? user,
        Guid id,
        string action,
        string? comment,
        string? idempotencyKey,
        Func<Domain.Filings.Filing, DateTimeOffset, Task<IReadOnlyList<IFilingEvent>>> decide,
        CancellationToken cancellationToken)
    {
        if (await store.PriorAnswerAsync(user?.UserId, idempotencyKey, id, cancellationToken) is { } answered)
        {
            return answered;
        }

        var (record, filing) = await store.LoadAsync(id, cancellationToken);
        await store.Db.RequireVisibleAsync(user, record.DepartmentId, cancellationToken);
        var fromState = FilingStore.Describe(filing);
        var now = time.GetUtcNow();
        var events = await decide(filing, now);
        return await store.CommitAsync(record, filing, events, user?.UserId ?? Domain.Filings.Filing.SystemActor, action, fromState, comment, idempotencyKey, now, cancellationToken);
    }

    private static Task<IReadOnlyList<IFilingEvent>> Decide(Func<IReadOnlyList<IFilingEvent>> decide) => Task.FromResult(decide());

    private static void RequireFiler(CurrentUser user, Domain.Filings.Filing filing)
    {
        if (!FilingAccess.CanFileFor(user, filing.DepartmentId))
        {
            throw new AccessDeniedException("filing.filer-only", "只有本部门的填报人可以办理此项。");
        }
    }

    // A filer is never on a chain: refused as a role (403), like a reviewer who submits. Whether a reviewer holds
    // the current step is the filing's rule (422), because it changes as the form moves on.
    private static void RequireReviewer(CurrentUser user) =>
        RequireRole(user, "review.reviewer-only", "填报人不能审核表单，只有审批链上的审核人可以办理。",
            Roles.DepartmentHead, Roles.SupervisingReviewer, Roles.FinanceDivision, Roles.PerformanceOffice);

    private static void RequireRole(CurrentUser user, string code, string message, params string[] roles)
    {
        if (!roles.Contains(user.Role))
        {
            throw new AccessDeniedException(code, message);
        }
    }

    // The self-score comes from the form when it states one (自评报告's 自评结论), otherwise from the filer.
    private static EvaluationScore SelfScore(object document, decimal? statedByFiler)
    {
        var points = (document as Domain.Forms.SelfEvaluationReport)?.Score ?? statedByFiler
            ?? throw new FilingRuleException("self-evaluation.score-required", "提交自评时须填写自评得分（0–100 分）。");
        return points is < 0 or > 100
            ? throw new FilingRuleException("self-evaluation.score-range", "自评得分应在 0 至 100 分之间。")
            : new EvaluationScore(points, GradeBands.Default.GradeOf(points));
    }
}
