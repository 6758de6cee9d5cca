using MassTransit;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Security.Revocation;
using PerfWorkflow.Notification.Api;
using PerfWorkflow.Notification.Delivery;
using PerfWorkflow.Notification.Messaging;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification;

/// <summary>
/// The Notification service: inboxes fed by every event a person must hear of, a directory of the organisation's
/// people, and delivery of each item by e-mail and webhook as each person chose (one by one or as a daily digest).
/// </summary>
public sealed class NotificationModule : IServiceModule
{
    public string Name => "Notification";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<NotificationDbContext>(configuration, Name);
        services.AddRevocationReplica<NotificationDbContext>();
        services.AddScoped<InboxWriter>();
        services.AddScoped<TodoClosings>();
        services.AddScoped<IConsumerBatchWrites<NotificationDbContext>>(sp => sp.GetRequiredService<TodoClosings>());
        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<DirectoryNames>();
        services.AddScoped<NotificationWork>();

        // One per consumer batch (the batch's scope): what its messages announced is read before the first is applied.
        services.AddScoped<RecipientSnapshot>();
        services.AddScoped<IConsumerBatchPreparation<NotificationDbContext>>(sp => sp.GetRequiredService<RecipientSnapshot>());
        services.AddSingleton(DeliverySettings.From(configuration));
        services.AddSingleton(WebhookTargetPolicy.From(configuration));
        services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
        {
            // A redirect would be a second, unchecked target; every connection goes through the policy.
            AllowAutoRedirect = false,
            ConnectCallback = sp.GetRequiredService<WebhookTargetPolicy>().ConnectAsync,
        });
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<EmailSender>();
        services.AddHostedService<DeliveryDispatcher>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddRevocationReplicaConsumer<NotificationDbContext>(Name);
        bus.AddConsumer<InboxConsumers>();
        bus.AddConsumer<RectificationConsumers>();
        bus.AddConsumer<CycleNoticeConsumers>();
        bus.AddConsumer<DirectoryConsumer>();
        bus.AddConsumer<DeadlineConsumers>();

        // Whatever still fails after the retries is recorded for administrators before it moves to its _error queue.
        bus.AddConfigureEndpointsCallback((context, _, endpoint) => PoisonMessageRecorder.Configure(endpoint, context));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        InboxEndpoints.Map(endpoints);
        PreferenceEndpoints.Map(endpoints);
        AdministrationEndpoints.Map(endpoints);
    }
}
