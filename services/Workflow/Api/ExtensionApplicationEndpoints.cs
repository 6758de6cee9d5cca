using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow.Api;

/// <summary>
/// 申请延期: a department's filer or head asks to move its current stage's due date, with a reason; the performance
/// office grants it (through <see cref="DeadlineExtensionService"/>, so the reminders follow the new date) or refuses it.
/// </summary>
public static class ExtensionApplicationEndpoints
{
    /// <summary>A reason or decision comment: a page of text, as for the filings' comments.</summary>
    public const int MaxReasonLength = 2000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/workflow/extension-applications").WithTags("Workflow").RequireAuthorization();

        api.MapGet("/", async (ClaimsPrincipal principal, WorkflowDbContext db, int? fiscalYear, Guid? filingId, CancellationToken ct) =>
        {
            var user = Known(principal);
            var department = Roles.IsBureau(user.Role) ? null : user.DepartmentId ?? string.Empty;
            return await db.ExtensionApplications.AsNoTracking()
                .Where(a => a.Region == user.Region)
                .Where(a => department == null || a.DepartmentId == department)
                .Where(a => fiscalYear == null || a.FiscalYear == fiscalYear)
                .Where(a => filingId == null || a.FilingId == filingId)
                .OrderByDescending(a => a.RequestedAt).ToListAsync(ct);
        });

        api.MapPost("/", async (ExtensionApplicationRequest request, ClaimsPrincipal principal, DeadlineBoard board, WorkflowDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var user = Known(principal);
            if (user.Role is not (Roles.Filer or Roles.DepartmentHead) || user.DepartmentId is null)
            {
                throw new AccessDeniedException("extension-application.forbidden", "只有本部门的填报人或部门负责人可以申请延期。");
            }

            var errors = new FieldErrors()
                .Require(request.FilingId is not null, "filingId", "请指明要延期的档案。")
                .Require(request.NewDueDate is not null, "newDueDate", "请填写申请延至的日期。")
                .Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "申请延期必须说明理由。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            if (TooLong(new FieldErrors().Limit(request.Reason, MaxReasonLength, "reason")) is { } tooLong)
            {
                return tooLong;
            }

            var row = (await board.ReadAsync(user.Region, user.DepartmentId, null, request.FilingId, ct)).SingleOrDefault()
                ?? throw new ResourceNotFoundException("extension-application.filing-not-found", "未找到本部门的该档案。");
            if (row.DueDate is not { } due || !Enum.TryParse<CycleStage>(row.Stage, out var stage) || stage is not (CycleStage.Declaration or CycleStage.Monitoring or CycleStage.SelfEvaluation))
            {
                throw new FilingRuleException("extension-application.no-deadline", "当前阶段没有统一的截止日期，无需申请延期。");
            }

            if (request.NewDueDate!.Value <= due)
            {
                return new FieldErrors().Require(false, "newDueDate", $"申请延至的日期必须晚于当前截止日期 {due:yyyy-MM-dd}。").ToResult();
            }

            var stageName = stage.ToString();
            if (await db.ExtensionApplications.AnyAsync(a => a.FilingId == row.FilingId && a.Stage == stageName && a.Status == ExtensionApplicationStatuses.Pending, ct))
            {
                throw new FilingRuleException("extension-application.pending", "本阶段已有一份延期申请在等待绩效管理科答复。");
            }

            var now = await time.NowAsync(ct);
            var application = new ExtensionApplication
            {
                Id = Guid.CreateVersion7(now),
                Region = user.Region,
                FilingId = row.FilingId,
                DepartmentId = row.DepartmentId,
                FiscalYear = row.FiscalYear,
                Stage = stageName,
                CurrentDueDate = due,
                RequestedDueDate = request.NewDueDate.Value,
                Reason = request.Reason!.Trim(),
                RequestedBy = user.UserId,
                RequestedAt = now.UtcDateTime,
                Status = ExtensionApplicationStatuses.Pending,
            };
            db.ExtensionApplications.Add(application);
            await db.SaveChangesAsync(ct);
            return Results.Ok(application);
        });

        api.MapPost("/{id:guid}/grant", async (Guid id, ExtensionDecisionRequest request, ClaimsPrincipal principal, WorkflowDbContext db, DeadlineExtensionService extensions, TimeProvider time, CancellationToken ct) =>
        {
            var user = Office(principal);
            if (TooLong(new FieldErrors().Limit(request.Comment, MaxReasonLength, "comment")) is { } tooLong)
            {
                return tooLong;
            }

            var application = await PendingAsync(db, id, user, ct);
            var newDueDate = request.NewDueDate ?? application.RequestedDueDate;
            var now = await time.NowAsync(ct);
            application.Status = ExtensionApplicationStatuses.Granted;
            application.DecidedBy = user.UserId;
            application.DecidedAt = now.UtcDateTime;
            application.GrantedDueDate = newDueDate;
            application.DecisionComment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();

            // The extension saves in its own transaction together with the application's new status.
            var outcome = await extensions.ExtendAsync(user.Region, application.FiscalYear, Enum.Parse<CycleStage>(application.Stage), application.DepartmentId,
                newDueDate, $"部门申请延期：{application.Reason}", user.UserId, ct);
            return Results.Ok(new { application, outcome });
        });

        api.MapPost("/{id:guid}/refuse", async (Guid id, ExtensionDecisionRequest request, ClaimsPrincipal principal, WorkflowDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var user = Office(principal);
            if (string.IsNullOrWhiteSpace(request.Comment))
            {
                return new FieldErrors().Require(false, "comment", "不予延期必须说明理由。").ToResult();
            }

            if (TooLong(new FieldErrors().Limit(request.Comment, MaxReasonLength, "comment")) is { } tooLong)
            {
                return tooLong;
            }

            var application = await PendingAsync(db, id, user, ct);
            application.Status = ExtensionApplicationStatuses.Refused;
            application.DecidedBy = user.UserId;
            application.DecidedAt = (await time.NowAsync(ct)).UtcDateTime;
            application.DecisionComment = request.Comment.Trim();
            await db.SaveChangesAsync(ct);
            return Results.Ok(application);
        });
    }

    /// <summary>Well-formed but over its bound: 422 with the field named.</summary>
    private static IResult? TooLong(FieldErrors errors) => errors.Any ? errors.ToResult(StatusCodes.Status422UnprocessableEntity) : null;

    private static async Task<ExtensionApplication> PendingAsync(WorkflowDbContext db, Guid id, CurrentUser user, CancellationToken ct)
    {
        var application = await db.ExtensionApplications.SingleOrDefaultAsync(a => a.Id == id && a.Region == user.Region, ct)
            ?? throw new ResourceNotFoundException("extension-application.not-found", "未找到该延期申请。");
        return application.Status == ExtensionApplicationStatuses.Pending
            ? application
            : throw new FilingRuleException("extension-application.decided", "该延期申请已答复，不能再次处理。");
    }

    private static CurrentUser Known(ClaimsPrincipal principal) =>
        CurrentUser.From(principal) ?? throw new AccessDeniedException("extension-application.forbidden", "请先登录。");

    private static CurrentUser Office(ClaimsPrincipal principal) =>
        Known(principal) is { Role: Roles.PerformanceOffice } user
            ? user
            : throw new AccessDeniedException("extension-application.forbidden", "只有绩效管理科可以答复延期申请。");
}
