using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Operations;

/// <summary>
/// The processed-message log on a real PostgreSQL, where a batch's ids go in as one statement and are looked up by
/// their (consumer, message id) keys (<see cref="ProcessedLog"/>): a key counts as seen only for its own consumer.
/// </summary>
public sealed class ProcessedLogTests
{
    [Fact]
    public async Task A_logged_key_is_seen_for_its_consumer_only_and_a_key_never_logged_is_not_seen()
    {
        await using var backends = await IsolatedBackends.CreateAsync();
        await using var db = new FilingDbContext(new DbContextOptionsBuilder<FilingDbContext>().UseNpgsql(backends.ConnectionString).Options);
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db, typeof(FilingDbContext).Assembly, CancellationToken.None);
        var (first, second, never) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = DateTime.UtcNow;

        await ProcessedLog.AppendAsync(db, [
            new ProcessedMessage { Consumer = "inbox", MessageId = first, ProcessedAt = at },
            new ProcessedMessage { Consumer = "cycle", MessageId = second, ProcessedAt = at },
        ]);
        var seen = await ProcessedLog.SeenAsync(db, [("inbox", first), ("cycle", first), ("cycle", second), ("inbox", never)]);

        Assert.Equal(new HashSet<(string, Guid)> { ("inbox", first), ("cycle", second) }, seen);
        Assert.Equal(2, await db.ProcessedMessages.CountAsync());
    }
}
