using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow.Api;

/// <summary>
/// The cycle calendar of the caller's region: the finance bureau reads it (current version, every version, the
/// audited extensions); only the performance office (绩效管理科) extends a deadline.
/// </summary>
public static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/workflow/calendars").WithTags("Workflow").RequireAuthorization();

        api.MapGet("/{fiscalYear:int}", async (int fiscalYear, ClaimsPrincipal principal, CycleCalendarStore store, WorkflowDbContext db, WorkingDayCalendarFiles workingDays, CancellationToken ct) =>
        {
            var user = Bureau(principal);
            if (YearOutOfRange(fiscalYear) is { } refused)
            {
                return refused;
            }

            var current = await store.CurrentAsync(user.Region, fiscalYear, ct);
            var versions = await store.HistoryAsync(user.Region, fiscalYear, ct);
            var extensions = await db.Extensions.AsNoTracking()
                .Where(e => e.Region == user.Region && e.FiscalYear == fiscalYear).OrderBy(e => e.GrantedAt).ToListAsync(ct);
            return Results.Json(new
            {
                current,
                versions = versions.Select(v => new { v.Version, v.CreatedBy, v.Reason, v.CreatedAt, calendar = CycleCalendarJson.Read(v.Definition) }),
                extensions,
                workingDayCalendar = new { workingDays.Files, years = workingDays.Calendar?.CoveredYears ?? [], provisional = workingDays.Calendar?.ProvisionalYears ?? [] },
            }, CycleCalendarJson.Options);
        });

        api.MapPost("/{fiscalYear:int}/extensions", async (int fiscalYear, ExtensionRequest request, ClaimsPrincipal principal, DeadlineExtensionService extensions, CancellationToken ct) =>
        {
            var user = CurrentUser.From(principal);
            if (user?.Role != Roles.PerformanceOffice)
            {
                throw new AccessDeniedException("extension.forbidden", "只有绩效管理科可以延长截止日期。");
            }

            if (YearOutOfRange(fiscalYear) is { } refused)
            {
                return refused;
            }

            var errors = new FieldErrors()
                .Require(Enum.TryParse<CycleStage>(request.Stage, out var stage) && stage is CycleStage.Declaration or CycleStage.Monitoring or CycleStage.SelfEvaluation,
                    "stage", "请选择要延期的阶段：绩效目标申报、绩效运行监控或绩效自评。")
                .Require(request.NewDueDate is not null, "newDueDate", "请填写新的截止日期。")
                .Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "延期必须说明理由。");
            if (errors.Any)
            {
                return errors.ToResult();
            }

            // Well-formed but over its bound: 422, like every other text limit.
            var tooLong = new FieldErrors().Limit(request.Reason, ExtensionApplicationEndpoints.MaxReasonLength, "reason").Limit(request.DepartmentId, 64, "departmentId");
            if (tooLong.Any)
            {
                return tooLong.ToResult(StatusCodes.Status422UnprocessableEntity);
            }

            var departmentId = string.IsNullOrWhiteSpace(request.DepartmentId) ? null : request.DepartmentId.Trim();
            var outcome = await extensions.ExtendAsync(user.Region, fiscalYear, stage, departmentId, request.NewDueDate!.Value, request.Reason!.Trim(), user.UserId, ct);
            return Results.Ok(outcome);
        });
    }

    private static IResult? YearOutOfRange(int fiscalYear) => fiscalYear is >= 2000 and <= 2100
        ? null
        : new FieldErrors().Require(false, "fiscalYear", "预算年度应为 2000 至 2100 之间的年份。").ToResult();

    private static CurrentUser Bureau(ClaimsPrincipal principal) =>
        CurrentUser.From(principal) is { } user && Roles.IsBureau(user.Role)
            ? user
            : throw new AccessDeniedException("calendar.forbidden", "只有财政局可以查看年度工作日程。");
}
