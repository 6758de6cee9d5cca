using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Notification.Persistence;

/// <summary>The Notification service's tables (prefix <c>notification_</c>).</summary>
public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : ServiceDbContext(options)
{
    public override string TablePrefix => "notification";

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<InboxItem>(e =>
        {
            e.ToTable("notification_inbox_items");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasColumnName("id");
            e.Property(i => i.UserId).HasColumnName("user_id");
            e.Property(i => i.SourceMessageId).HasColumnName("source_message_id");
            e.Property(i => i.Kind).HasColumnName("kind");
            e.Property(i => i.FilingId).HasColumnName("filing_id");
            e.Property(i => i.DepartmentId).HasColumnName("department_id");
            e.Property(i => i.FiscalYear).HasColumnName("fiscal_year");
            e.Property(i => i.Stage).HasColumnName("stage");
            e.Property(i => i.Step).HasColumnName("step");
            e.Property(i => i.Title).HasColumnName("title");
            e.Property(i => i.Body).HasColumnName("body");
            e.Property(i => i.IsTodo).HasColumnName("is_todo");
            e.Property(i => i.CreatedAt).HasColumnName("created_at");
            e.Property(i => i.ReadAt).HasColumnName("read_at");
            e.Property(i => i.DoneAt).HasColumnName("done_at");
        });
    }
}
