using MassTransit;
using PerfWorkflow.Hosting;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal;

/// <summary>
/// The web UI in Simplified Chinese. It calls the services over HTTP at <c>Portal:ApiBaseUrl</c> (in the all-in-one
/// Host, its own address), so it runs the same beside the services or on its own.
/// </summary>
public sealed class PortalModule : IServiceModule
{
    public string Name => "Portal";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages().AddApplicationPart(typeof(PortalModule).Assembly);
        services.AddHttpClient<PortalApiClient>(client =>
        {
            var baseUrl = configuration["Portal:ApiBaseUrl"] ?? "http://localhost:5080/";
            client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            client.Timeout = TimeSpan.FromSeconds(30);
        });
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // The Portal hears no events: what people must hear of reaches them through Notification's inbox.
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapRazorPages();
}
