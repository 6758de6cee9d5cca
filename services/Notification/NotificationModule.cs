using MassTransit;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Api;
using PerfWorkflow.Notification.Messaging;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification;

/// <summary>The Notification service: reviewer and filer inboxes, fed by every event a person must hear of.</summary>
public sealed class NotificationModule : IServiceModule
{
    public string Name => "Notification";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddServiceDatabase<NotificationDbContext>(configuration, Name);

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumers(typeof(InboxConsumers), typeof(DeadlineConsumers));

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => InboxEndpoints.Map(endpoints);
}
