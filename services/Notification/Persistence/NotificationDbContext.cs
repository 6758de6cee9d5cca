using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Security.Revocation;

namespace PerfWorkflow.Notification.Persistence;

/// <summary>
/// The Notification service's tables (prefix <c>notification_</c>). Saving does nothing beyond EF's own: inbox items
/// get their deliveries where they are written (<c>InboxWriter</c>).
/// </summary>
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
