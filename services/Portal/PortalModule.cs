using MassTransit;
using PerfWorkflow.Hosting;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal;

/// <summary>
/// The web UI in Simplified Chinese. It calls the services over HTTP at <c>Portal:ApiBaseUrl</c> (in the all-in-one
/// Host, its own address) or at <c>Portal:Services:{filing|workflow|notification}</c>, so it runs the same beside the
/// services or on its own. Its one database holds the data-protection key ring every replica shares.
/// </summary>
public sealed class PortalModule : IServiceModule
{
    public string Name => "Portal";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Chinese text is written as itself, not as &#x…; entities: smaller pages, readable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddPortalAuthentication();
        services.AddPortalKeyRing(configuration);
        services.AddTransient<IStartupFilter, SecurityHeaders>();
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<PortalPagePath>(PortalPagePath.Name));
        services.AddHttpContextAccessor();
        // An editor posts about seven fields per indicator row: the framework's 1,024 refused a 150-row table with a
        // bare 400. Ten thousand holds any filed table; a flood past it is still refused before it is read.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = 10_000);
        services.AddTransient<BearerTokenHandler>();
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/", PortalAuthentication.Policy);
                options.Conventions.AllowAnonymousToFolder("/Account");
                options.Conventions.AllowAnonymousToFolder("/Errors");
                options.Conventions.AuthorizePage("/Dashboard", PortalUser.PerformanceOfficePolicy);
                options.Conventions.AuthorizePage("/SpotCheck", PortalUser.PerformanceOfficePolicy);
                options.Conventions.AuthorizePage("/Deadlines", PortalUser.PerformanceOfficePolicy);
            })
            .AddApplicationPart(typeof(PortalModule).Assembly);
        services.AddScoped<PortalApiClient>();
        services.AddScoped<PortalFormsClient>();
        services.AddScoped<PortalDeadlinesClient>();
        services.AddScoped<PortalDirectoryClient>();
        foreach (var service in new[] { PortalApiClient.Filing, PortalApiClient.Workflow, PortalApiClient.Notification })
        {
            // One address for all (the Host, or an ingress routing /api/…) unless a service has its own.
            var baseUrl = configuration[$"Portal:Services:{service}"] ?? configuration["Portal:ApiBaseUrl"] ?? "http://localhost:5080/";
            services.AddHttpClient(service, client =>
            {
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                client.Timeout = TimeSpan.FromSeconds(30);
            }).AddHttpMessageHandler<BearerTokenHandler>();
        }
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // The Portal hears no events: what people must hear of reaches them through Notification's inbox.
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PortalStaticFiles.Map(endpoints);
        endpoints.MapRazorPages();
        Assets.PortalAssets.Map(endpoints);

        // Any other page path (/Filings/not-a-guid, a mistyped address) gets the Chinese 404 page, not ProblemDetails.
        endpoints.MapFallbackToPage($"{{*path:{PortalPagePath.Name}}}", "/Errors/NotFound");
    }
}
