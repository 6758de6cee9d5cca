using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Security.Revocation;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// What every service's database has besides its own tables: the outbox of events waiting to be relayed and the
/// ids of messages already processed (so a redelivered message is not acted on twice). Table names carry the
/// service's prefix, e.g. <c>filing_outbox</c>. A context that keeps a copy of the token revocations
/// (<see cref="IRevocationReplicaContext"/>) gets those two tables as well.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public abstract string TablePrefix { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    /// <summary>
    /// Outbox rows were saved and their transaction has not ended yet (<see cref="OutboxWakeUpInterceptor{TContext}"/>
    /// wakes the relay when it commits). A pooled context may carry a stale true into its next use: one needless
    /// wake-up, never a missed one.
    /// </summary>
    public bool OutboxRowsPending { get; set; }

    public bool IsPostgreSql => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The service's own entities: table names and keys; columns are named by convention.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable($"{TablePrefix}_outbox");
            e.HasKey(m => m.Sequence);
            e.Property(m => m.Sequence).ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<ProcessedMessage>(e =>
        {
            e.ToTable($"{TablePrefix}_processed_messages");
            e.HasKey(m => new { m.Consumer, m.MessageId });
        });
        if (this is IRevocationReplicaContext)
        {
            modelBuilder.Entity<ReplicatedTokenRevocation>(e =>
            {
                e.ToTable($"{TablePrefix}_revoked_tokens");
                e.HasKey(t => t.TokenId);
            });
            modelBuilder.Entity<ReplicatedAccountRevocation>(e =>
            {
                e.ToTable($"{TablePrefix}_account_revocations");
                e.HasKey(a => a.UserId);
            });
        }

        ConfigureModel(modelBuilder);

        // The schema scripts name columns in snake_case (message_id for MessageId): one rule instead of a mapping
        // per property, so a new property only needs its column in the next script.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            property.SetColumnName(SnakeCase(property.Name));
        }
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back as Unspecified and Npgsql refuses non-UTC values for timestamptz:
        // every stored instant is UTC, on the way in and on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
