using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Workflow.Api;

/// <summary>
/// Refuses a caller of another region (403): a Workflow deployment serves one finance bureau (Workflow:Region), and
/// its cycles carry no region of their own, so without this another region's bureau would read this one's.
/// </summary>
public sealed class OwnRegionFilter(WorkflowOptions options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        CurrentUser.From(context.HttpContext.User) is { } user && user.Region != options.Region
            ? throw new AccessDeniedException("workflow.other-region", $"流程中心只服务{options.Region}财政局及其部门，您所在地区不在其中。")
            : next(context);
}
