using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// The commands on a filing. Each checks who may act (role and department: things only the caller's identity
/// tells), then hands the command to the filing's grain (<see cref="IFilingGrain"/>), the filing's only writer,
/// where the <see cref="Domain.Filings.Filing"/> decides. The filing's own rules (state, pinned chain, assignees)
/// are the domain's; nothing here repeats them.
/// </summary>
public sealed class FilingActions(FilingDbContext db, IGrainFactory grains, TimeProvider time, DepartmentPlacements placements)
{
    public async Task<FilingView> OpenAsync(CurrentUser? user, string departmentId, int fiscalYear, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken)
            ?? throw new FilingRuleException("filing.department-unknown", $"部门“{departmentId}”不存在。");
        if (user is not null && (!FilingAccess.CanOpenFiling(user, departmentId) || user.Region != department.Region))
        {
            throw new AccessDeniedException("filing.open-denied", "只有本部门填报人或绩效管理科可以建立绩效管理档案。");
        }

        // One filing per department and year is the database's unique key; the grain reports a duplicate as a rule.
        var grain = grains.GetGrain<IFilingGrain>(Guid.CreateVersion7(time.GetUtcNow()));
        var reply = await FilingGrainCalls.CallAsync(() => grain.Open(departmentId, fiscalYear, user?.UserId ?? Domain.Filings.Filing.SystemActor));
        return reply.View!;
    }

    /// <summary>The filing, when it exists; refused when the caller may not see it.</summary>
    public async Task<FilingView?> FindAsync(CurrentUser? user, Guid id, CancellationToken cancellationToken)
    {
        var view = (await FilingGrainCalls.CallAsync(() => grains.GetGrain<IFilingGrain>(id).View())).View;
        if (view is not null)
        {
            await placements.RequireVisibleAsync(db, user, view.DepartmentId, cancellationToken);
        }

        return view;
    }

    /// <summary>提交: the stage's latest saved form must be free of errors; a self-evaluation carries its self-score.</summary>
    public Task<FilingView> SubmitAsync(CurrentUser user, Guid id, decimal? selfScorePoints, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "submit", Actor = user.UserId, IdempotencyKey = key, Points = selfScorePoints }, f => RequireFiler(user, f), ct);

    public Task<FilingView> WithdrawAsync(CurrentUser user, Guid id, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "withdraw", Actor = user.UserId, IdempotencyKey = key }, f => RequireFiler(user, f), ct);

    /// <summary>审核通过: whether it would let one person approve alone is the grain's check (ADR 0007).</summary>
    public Task<FilingView> ApproveAsync(CurrentUser user, Guid id, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "approve", Actor = user.UserId, IdempotencyKey = key, Comment = comment }, _ => RequireReviewer(user), ct);

    public Task<FilingView> SignOffAsync(CurrentUser user, Guid id, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "sign-off", Actor = user.UserId, IdempotencyKey = key, Comment = comment }, _ => RequireReviewer(user), ct);

    public Task<FilingView> ReturnAsync(CurrentUser user, Guid id, string comment, bool toPreviousStep, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = toPreviousStep ? "return-to-previous-step" : "return", Actor = user.UserId, IdempotencyKey = key, Comment = comment }, _ => RequireReviewer(user), ct);

    public Task<FilingView> CommentAsync(CurrentUser user, Guid id, string text, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "comment", Actor = user.UserId, IdempotencyKey = key, Comment = text }, _ => { }, ct);

    public async Task<FilingView> TransferAsync(CurrentUser user, Guid id, string toUserId, string? comment, string? key, CancellationToken ct)
    {
        var (grain, _) = await VisibleAsync(user, id, ct);
        RequireReviewer(user);
        var colleague = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == toUserId, ct);
        if (colleague is null || colleague.Disabled || colleague.Role != user.Role || colleague.Region != user.Region || colleague.DepartmentId != user.DepartmentId)
        {
            throw new FilingRuleException("review.transfer-not-colleague", "只能转办给同一部门、同一岗位的同事。");
        }

        var command = new FilingCommand { Action = "transfer", Actor = user.UserId, IdempotencyKey = key, Comment = comment, ToUserId = toUserId };
        return (await FilingGrainCalls.CallAsync(() => grain.Act(command))).View!;
    }

    /// <summary>绩效目标调整: the department reopens its approved targets; the chain runs again.</summary>
    public Task<FilingView> StartTargetAdjustmentAsync(CurrentUser user, Guid id, string reason, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "start-target-adjustment", Actor = user.UserId, IdempotencyKey = key, Comment = reason }, f => RequireFiler(user, f), ct);

    public Task<FilingView> CancelTargetAdjustmentAsync(CurrentUser user, Guid id, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "cancel-target-adjustment", Actor = user.UserId, IdempotencyKey = key }, f => RequireFiler(user, f), ct);

    /// <summary>抽查复核: the performance office adjusts an approved self-evaluation's score, with a reason.</summary>
    public Task<FilingView> AdjustScoreAsync(CurrentUser user, Guid id, decimal points, string reason, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "adjust-score", Actor = user.UserId, IdempotencyKey = key, Comment = reason, Points = points },
            _ => RequireRole(user, "scoring.denied", "只有绩效管理科可以抽查复核并调整评分。", Roles.PerformanceOffice), ct);

    /// <summary>整改 items are the bureau's to raise: a department does not set its own rectification.</summary>
    public Task<FilingView> RaiseRectificationAsync(CurrentUser user, Guid id, RectificationSource source, string problem, string measure, string owner, DateOnly deadline, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand
        {
            Action = "raise-rectification", Actor = user.UserId, IdempotencyKey = key, Comment = problem,
            Source = source.ToString(), Measure = measure, Owner = owner, Deadline = deadline,
        }, _ => RequireRole(user, "rectification.raise-denied", "整改事项只能由财政局（业务科室或绩效管理科）提出。", Roles.FinanceDivision, Roles.PerformanceOffice), ct);

    public Task<FilingView> SubmitRectificationAsync(CurrentUser user, Guid id, int item, string? evidence, IReadOnlyList<string>? links, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "submit-rectification", Actor = user.UserId, IdempotencyKey = key, Comment = evidence, Item = item, Links = links?.ToArray() },
            f => RequireFiler(user, f), ct);

    public Task<FilingView> VerifyRectificationAsync(CurrentUser user, Guid id, int item, string? comment, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "verify-rectification", Actor = user.UserId, IdempotencyKey = key, Comment = comment, Item = item },
            _ => RequireRole(user, "rectification.verify-denied", "整改事项由财政局逐项核实。", Roles.FinanceDivision, Roles.PerformanceOffice), ct);

    public Task<FilingView> RejectRectificationAsync(CurrentUser user, Guid id, int item, string reason, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "reject-rectification", Actor = user.UserId, IdempotencyKey = key, Comment = reason, Item = item },
            _ => RequireRole(user, "rectification.verify-denied", "整改事项由财政局逐项核实。", Roles.FinanceDivision, Roles.PerformanceOffice), ct);

    /// <summary>Opens the next stage: on the Workflow service's request (user null: the calendar acts) or by the performance office.</summary>
    public Task<FilingView> OpenStageAsync(CurrentUser? user, Guid id, CycleStage stage, string? key, CancellationToken ct) =>
        ActAsync(user, id, new FilingCommand { Action = "open-stage", Actor = user?.UserId ?? Domain.Filings.Filing.SystemActor, IdempotencyKey = key, Stage = stage.ToString() }, _ =>
        {
            if (user is not null)
            {
                RequireRole(user, "stage.open-denied", "只有绩效管理科可以手动开启阶段。", Roles.PerformanceOffice);
            }
        }, ct);

    private async Task<FilingView> ActAsync(CurrentUser? user, Guid id, FilingCommand command, Action<FilingView> mayAct, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IFilingGrain>(id);
        if (user is not null)
        {
            (grain, var current) = await VisibleAsync(user, id, cancellationToken);
            mayAct(current);
        }

        return (await FilingGrainCalls.CallAsync(() => grain.Act(command))).View!;
    }

    /// <summary>The filing's grain and its current view (from the activation's memory), refused when the caller may not see it.</summary>
    private async Task<(IFilingGrain Grain, FilingView Current)> VisibleAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IFilingGrain>(id);
        var current = (await FilingGrainCalls.CallAsync(grain.View)).View
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await placements.RequireVisibleAsync(db, user, current.DepartmentId, cancellationToken);
        return (grain, current);
    }

    private static void RequireFiler(CurrentUser user, FilingView filing)
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
}
