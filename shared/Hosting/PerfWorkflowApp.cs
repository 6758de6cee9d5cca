using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PerfWorkflow.Hosting.Commands;
using PerfWorkflow.Hosting.Messaging;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Telemetry;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Hosting;

/// <summary>
/// Builds a web host for one or more service modules with everything they share: configuration, the database and
/// bus switches, ProblemDetails errors, health checks and the OpenAPI document. Health: /health/live is the process
/// (no checks), /health/ready what the service needs to serve (its database, checks tagged "ready"), /health/bus the
/// broker connection, reported but never part of readiness (the outbox keeps events while the broker is away).
/// </summary>
public static class PerfWorkflowApp
{
    /// <summary>
    /// Serves, or runs the one-shot command named by the first argument: `health-check [url]`, `migrate`, or a
    /// command a module registers (<see cref="IServiceCommand"/>, e.g. Filing's `bootstrap-admin`). Arguments after
    /// the command are its own and are also read as configuration (`--key=value`), like the service's.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyList<IServiceModule> modules, Action<WebApplicationBuilder>? configure = null)
    {
        var command = args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=') ? first : null;
        if (command is null)
        {
            await Build(args, modules, configure).RunAsync();
            return 0;
        }

        var arguments = args[1..];
        if (command == HealthProbe.CommandName)
        {
            return await HealthProbe.RunAsync(arguments);
        }

        await using var app = Build(arguments, modules, builder =>
        {
            configure?.Invoke(builder);
            // A command never serves: the bus only declares its topology, start-up work (demo seeds) stays undone.
            builder.Configuration["Bus:DeployTopologyOnly"] = "true";
        });
        var selected = app.Services.GetServices<IServiceCommand>().SingleOrDefault(c => c.Name == command);
        if (selected is null)
        {
            var known = app.Services.GetServices<IServiceCommand>().Select(c => c.Name).Append(HealthProbe.CommandName).Order(StringComparer.Ordinal);
            await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: {string.Join(", ", known)}.");
            return 2;
        }

        return await selected.RunAsync(arguments, Console.In, Console.Out, CancellationToken.None);
    }

    public static WebApplication Build(string[] args, IReadOnlyList<IServiceModule> modules, Action<WebApplicationBuilder>? configure = null)
    {
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
        // appsettings.json travels with the build output, so `dotnet run --project …` from any folder finds it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("PERFWF_");
        configure?.Invoke(builder);

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // Kubernetes' terminationGracePeriodSeconds is chosen as preStop + this + a margin (docs/operations.md).
        var shutdownSeconds = builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 30);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(shutdownSeconds));
        services.AddSingleton<IServiceCommand, MigrateCommand>();
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

        // One process, one telemetry resource: a service's own name, or "host" for the all-in-one Host.
        services.AddPerfWorkflowTelemetry(builder.Configuration, modules.Count == 1 ? modules[0].Name : "host");
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
        app.MapHealthChecks("/health/bus", new HealthCheckOptions { Predicate = check => check.Tags.Contains(BusRegistration.HealthTag) });
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
