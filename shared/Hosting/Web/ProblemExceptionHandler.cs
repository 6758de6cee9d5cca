using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Web;

/// <summary>
/// Every error leaves as ProblemDetails with a Chinese title for the UI and a stable <c>code</c> for machines.
/// Rule violations are 422, lost races 409, malformed requests 400; only our own faults are 500, without details.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, code, detail, extra) = exception switch
        {
            FilingRuleException rule => (StatusCodes.Status422UnprocessableEntity, "操作不符合业务规则", rule.Code, rule.Message, (object?)null),
            Domain.Calendar.WorkingDayCalendarNotCoveredException uncovered => (StatusCodes.Status422UnprocessableEntity, "操作不符合业务规则", "calendar.not-covered", uncovered.Message, null),
            AccessDeniedException denied => (StatusCodes.Status403Forbidden, "无权执行此操作", denied.Code, denied.Message, null),
            ResourceNotFoundException missing => (StatusCodes.Status404NotFound, "未找到", missing.Code, missing.Message, null),
            Microsoft.EntityFrameworkCore.DbUpdateException duplicate when duplicate.IsUniqueViolation() => (StatusCodes.Status409Conflict, "数据已被他人修改", "concurrency.duplicate", "相同的数据刚被保存过，请刷新后查看。", null),
            ConcurrencyConflictException conflict => (StatusCodes.Status409Conflict, "数据已被他人修改", "concurrency.conflict", conflict.Message, conflict.CurrentState),
            ServiceBusyException busy => (StatusCodes.Status503ServiceUnavailable, "服务暂时繁忙", "service.retry", busy.Message, null),
            BadHttpRequestException bad => (bad.StatusCode, "请求格式不正确", "request.malformed", "请求内容无法解析，请检查填写的数据格式。", null),
            _ => (StatusCodes.Status500InternalServerError, "系统内部错误", "server.error", "系统处理请求时出错，请稍后重试；如问题持续，请联系管理员。", null),
        };

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception.InnerException ?? exception, "Retryable failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        var problem = exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } }
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = ["格式不正确，请检查填写的内容。"] })
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        problem.Extensions["code"] = code;
        if (extra is not null)
        {
            problem.Extensions["current"] = extra;
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
