using System.Data.Common;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// Calls a filing grain and turns its answer into the API's: a refusal becomes the exception the ProblemDetails
/// handler maps (422, 404, 409 with the current state); a grain that cannot be reached right now (a silo leaving,
/// an activation moving, the database briefly gone) becomes a retryable 503, never a 500.
/// </summary>
public static class FilingGrainCalls
{
    public static async Task<FilingReply> CallAsync(Func<Task<FilingReply>> call) => Unwrap(await Guard(call));

    public static async Task<FormReply> CallAsync(Func<Task<FormReply>> call)
    {
        var reply = await Guard(call);
        return reply.Refusal is { } refusal ? throw ToException(refusal, null) : reply;
    }

    /// <summary>The view the grain answered, or the exception its refusal stands for.</summary>
    public static FilingReply Unwrap(FilingReply reply) =>
        reply.Refusal is { } refusal ? throw ToException(refusal, reply.View) : reply;

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            throw new ServiceBusyException("档案服务正在切换或暂时不可用，请稍后重试。", ex);
        }
    }

    private static Exception ToException(Refusal refusal, FilingView? current) => refusal.Kind switch
    {
        RefusalKind.NotFound => new ResourceNotFoundException(refusal.Code, refusal.Message),
        RefusalKind.Conflict => new ConcurrencyConflictException(refusal.Message, current),
        _ => new Domain.Filings.FilingRuleException(refusal.Code, refusal.Message),
    };
}
