using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Security.Revocation;
using PerfWorkflow.Notification.Delivery;
using PerfWorkflow.Notification.Telemetry;

namespace PerfWorkflow.Notification.Persistence;

/// <summary>The Notification service's tables (prefix <c>notification_</c>).</summary>
public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : ServiceDbContext(options), IRevocationReplicaContext
{
    public override string TablePrefix => "notification";

    public DbSet<ReplicatedTokenRevocation> RevokedTokens => Set<ReplicatedTokenRevocation>();

    public DbSet<ReplicatedAccountRevocation> AccountRevocations => Set<ReplicatedAccountRevocation>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    public DbSet<DirectoryUser> DirectoryUsers => Set<DirectoryUser>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<NotificationDelivery> Deliveries => Set<NotificationDelivery>();

    public DbSet<PoisonMessage> PoisonMessages => Set<PoisonMessage>();

    /// <summary>
    /// Every inbox item added in this save gets its e-mail and webhook deliveries in the same transaction, whoever
    /// wrote the item: no consumer can forget them and none is sent for an item that was never committed.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DeliveryPlanner.AddDeliveriesForNewItemsAsync(this, cancellationToken);
        var created = NewItems();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Record(created);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        DeliveryPlanner.AddDeliveriesForNewItemsAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        var created = NewItems();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Record(created);
        return saved;
    }

    private List<InboxItem> NewItems() =>
        ChangeTracker.Entries<InboxItem>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    // Each item is an event on the span that wrote it (a consumer's work in its batch): the trace ends at the inbox.
    private static void Record(List<InboxItem> created)
    {
        var span = Activity.Current;
        foreach (var item in created)
        {
            InboxMetrics.ItemsCreated.Add(1, new KeyValuePair<string, object?>("kind", item.Kind));
            span?.AddEvent(new ActivityEvent("inbox-item-created", tags: new ActivityTagsCollection
            {
                ["perfworkflow.inbox.item_id"] = item.Id.ToString(),
                ["perfworkflow.inbox.kind"] = item.Kind,
            }));
        }
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxItem>(e =>
        {
            e.ToTable("notification_inbox_items");
            e.HasKey(i => i.Id);
        });
        modelBuilder.Entity<DirectoryUser>(e =>
        {
            e.ToTable("notification_directory_users");
            e.HasKey(u => u.UserId);
        });
        modelBuilder.Entity<NotificationPreference>(e =>
        {
            e.ToTable("notification_preferences");
            e.HasKey(p => p.UserId);
        });
        modelBuilder.Entity<NotificationDelivery>(e =>
        {
            e.ToTable("notification_deliveries");
            e.HasKey(d => d.Id);
        });
        modelBuilder.Entity<PoisonMessage>(e =>
        {
            e.ToTable("notification_poison_messages");
            e.HasKey(p => p.Id);
        });
    }
}
