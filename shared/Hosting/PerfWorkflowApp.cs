using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfWorkflow.Hosting.Messaging;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Hosting;

/// <summary>
/// Builds a web host for one or more service modules with everything they share: configuration, the database and
/// bus switches, ProblemDetails errors, health checks (/health/live, /health/ready) and the OpenAPI document.
/// </summary>
public static class PerfWorkflowApp
{
    public static WebApplication Build(string[] args, IReadOnlyList<IServiceModule> modules, Action<WebApplicationBuilder>? configure = null)
    {
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
        // appsettings.json travels with the build output, so `dotnet run --project …` from any folder finds it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("PERFWF_");
        configure?.Invoke(builder);

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Title = ChineseStatusTitles.For(context.ProblemDetails.Status, context.ProblemDetails.Title));
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Unreadable JSON or a wrong type in a field must reach ProblemExceptionHandler (Chinese ProblemDetails)
        // instead of the framework's bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddPerfWorkflowAuthentication(builder.Configuration);
        services.AddHealthChecks();
        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
            module.ConfigureHost(builder);
        }

        services.AddPerfWorkflowBus(builder.Configuration, bus =>
        {
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<JsonCharsetGuard>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
