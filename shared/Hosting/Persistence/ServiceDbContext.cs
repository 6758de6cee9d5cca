using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Outbox;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// What every service's database has besides its own tables: the outbox of events waiting to be relayed and the
/// ids of messages already processed (so a redelivered message is not acted on twice). Table names carry the
/// service's prefix, e.g. <c>filing_outbox</c>.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public abstract string TablePrefix { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public bool IsPostgreSql => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable($"{TablePrefix}_outbox");
            e.HasKey(m => m.Sequence);
            e.Property(m => m.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
            e.Property(m => m.MessageId).HasColumnName("message_id");
            e.Property(m => m.MessageType).HasColumnName("message_type");
            e.Property(m => m.Payload).HasColumnName("payload");
            e.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            e.Property(m => m.PublishedAt).HasColumnName("published_at");
            e.Property(m => m.Attempts).HasColumnName("attempts");
            e.Property(m => m.LastError).HasColumnName("last_error");
        });
        modelBuilder.Entity<ProcessedMessage>(e =>
        {
            e.ToTable($"{TablePrefix}_processed_messages");
            e.HasKey(m => new { m.Consumer, m.MessageId });
            e.Property(m => m.Consumer).HasColumnName("consumer");
            e.Property(m => m.MessageId).HasColumnName("message_id");
            e.Property(m => m.ProcessedAt).HasColumnName("processed_at");
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back as Unspecified and Npgsql refuses non-UTC values for timestamptz:
        // every stored instant is UTC, on the way in and on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
