using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Security.Revocation;
using PerfWorkflow.Workflow.Api;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Messaging;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Workflow;

/// <summary>The Workflow service: each filing's place in the yearly cycle, calendars, deadlines and reminders.</summary>
public sealed class WorkflowModule : IServiceModule
{
    public string Name => "Workflow";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Simulation replaces the clock of this process only (see docs/decisions/0006-deadlines-and-timers.md); first, so
        // the refresher reads the virtual time before the other background services and the bus start.
        if (string.Equals(configuration["Clock:Mode"], "Simulated", StringComparison.OrdinalIgnoreCase))
        {
            var start = configuration["Clock:SimulatedStart"] is { Length: > 0 } text
                ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
                : (DateTimeOffset?)null;
            services.AddSingleton(sp => new SimulatedTimeProvider(sp.GetRequiredService<IServiceScopeFactory>(), start));
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<SimulatedTimeProvider>()));
            services.AddHostedService<SimulatedClockRefresher>();
        }

        services.AddServiceDatabase<WorkflowDbContext>(configuration, Name);
        services.AddRevocationReplica<WorkflowDbContext>();
        var options = WorkflowOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(sp => WorkingDayCalendarFiles.Load(options.CalendarDirectory, sp.GetRequiredService<ILogger<WorkingDayCalendarFiles>>()));
        services.AddSingleton<CycleCalendarCache>();
        services.AddScoped<CycleCalendarStore>();
        services.AddScoped<FilingTimetables>();
        services.AddScoped<IConsumerBatchPreparation<WorkflowDbContext>>(sp => sp.GetRequiredService<FilingTimetables>());
        services.AddScoped<TimerCancellations>();
        services.AddScoped<IConsumerBatchWrites<WorkflowDbContext>>(sp => sp.GetRequiredService<TimerCancellations>());
        services.AddScoped<CycleMoves>();
        services.AddScoped<IConsumerBatchWrites<WorkflowDbContext>>(sp => sp.GetRequiredService<CycleMoves>());
        services.AddScoped<DeadlineLadder>();
        services.AddScoped<DeadlineScheduler>();
        services.AddScoped<DeadlineExtensionService>();
        services.AddScoped<DeadlineBoard>();
        services.AddScoped<LadderSuccessions>();
        services.AddScoped<TimerSweeper>();
        services.AddHostedService<TimerSweepService>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddRevocationReplicaConsumer<WorkflowDbContext>(Name);
        bus.AddConsumer<CycleConsumers>();
        bus.AddConsumer<TimerPlanningConsumers>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CycleEndpoints.Map(endpoints);
        CalendarEndpoints.Map(endpoints);
        DeadlineEndpoints.Map(endpoints);
        ExtensionApplicationEndpoints.Map(endpoints);
    }
}
