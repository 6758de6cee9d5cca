using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Notification.Persistence;

/// <summary>The Notification service's tables (prefix <c>notification_</c>).</summary>
public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : ServiceDbContext(options)
{
    public override string TablePrefix => "notification";

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxItem>(e =>
        {
            e.ToTable("notification_inbox_items");
            e.HasKey(i => i.Id);
        });
    }
}
