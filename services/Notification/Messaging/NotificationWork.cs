using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// What a consumer's work uses, all from the scope of the batch it is written in (see
/// <see cref="PerfWorkflow.Hosting.Persistence.ConsumerBatches{TContext}"/>): one database context, so the inbox items
/// it adds and the to-dos it closes commit with the batch's processed-message ids.
/// </summary>
public sealed class NotificationWork(NotificationDbContext db, InboxWriter inbox, OrganisationDirectory directory, DirectoryNames names)
{
    public NotificationDbContext Db => db;

    public InboxWriter Inbox => inbox;

    public OrganisationDirectory Directory => directory;

    public DirectoryNames Names => names;
}
