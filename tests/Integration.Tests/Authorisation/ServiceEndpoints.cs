using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Hosting;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// Every endpoint each service maps, read from its <see cref="EndpointDataSource"/>: the service is built (as its
/// Program builds it, with its module), never started, so nothing listens or connects. What the matrix must cover.
/// </summary>
public static class ServiceEndpoints
{
    public static async Task<IReadOnlyList<string>> OfAsync(MatrixService service)
    {
        IServiceModule module = service switch
        {
            MatrixService.Filing => new PerfWorkflow.Filing.FilingModule(),
            MatrixService.Workflow => new PerfWorkflow.Workflow.WorkflowModule(),
            _ => new PerfWorkflow.Notification.NotificationModule(),
        };
        var directory = Path.Combine(Path.GetTempPath(), "perfwf-endpoints-" + Guid.NewGuid().ToString("N"));
        var app = PerfWorkflowApp.Build([], [module], b =>
        {
            b.Configuration["Persistence:Provider"] = "Sqlite";
            b.Configuration["Persistence:DataDirectory"] = directory;
            b.Configuration["Bus:Transport"] = "InMemory";
            b.Logging.ClearProviders();
        });
        try
        {
            return ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .Select(e => $"{service} {KeyOf(e)}").ToList();
        }
        finally
        {
            // Built, not started: disposing stops nothing, and the data directory was never created.
            await app.DisposeAsync();
        }
    }

    private static string KeyOf(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return $"{(methods is { Count: > 0 } ? string.Join(',', methods) : "ANY")} {endpoint.RoutePattern.RawText}";
    }
}
