using MassTransit;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Api;
using PerfWorkflow.Workflow.Messaging;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow;

/// <summary>The Workflow service: each filing's place in the yearly cycle, calendars, deadlines and reminders.</summary>
public sealed class WorkflowModule : IServiceModule
{
    public string Name => "Workflow";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddServiceDatabase<WorkflowDbContext>(configuration, Name);

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<CycleConsumers>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CycleEndpoints.Map(endpoints);
}
