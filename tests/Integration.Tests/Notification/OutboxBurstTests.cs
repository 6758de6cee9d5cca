using System.Diagnostics;
using Npgsql;
using PerfWorkflow.Contracts;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// A burst of 10,000 reminders written to Workflow's outbox and relayed by the product's own OutboxRelay, with
/// RabbitMQ crashed (SIGKILL) a quarter of the way through and started again. An audit queue on the same exchange
/// counts what the broker delivered, before Notification's deduplication and the inbox's unique key.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class OutboxBurstTests(ITestOutputHelper output)
{
    private const int Events = 10_000;

    [Fact]
    public async Task Ten_thousand_reminders_relayed_from_the_outbox_through_a_RabbitMQ_crash_each_reach_the_inbox_exactly_once()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        var backends = notification.Backends;
        var audit = await DeliveryAudit.BindAsync<DeadlineApproaching>(backends.RabbitMqUri);
        await using var workflow = await RelayHost.StartWorkflowAsync(backends, backends.RabbitMqUri, notification.SigningKey);
        var ids = Enumerable.Range(0, Events).Select(_ => Guid.NewGuid()).ToList();

        var clock = Stopwatch.StartNew();
        await OutboxRows.WriteAsync(backends.ConnectionString, "workflow_outbox", ids.Select((id, i) => ((object)RelayHost.ReminderFor($"burst-user-{i % 40}", id), id)));
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NOT NULL", Events / 4);
        var relayedBeforeCrash = await backends.ScalarAsync("SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NOT NULL");
        var crashedAt = clock.Elapsed;
        await ShellCommand.RunAsync(TestServers.RabbitMqControl, "kill");
        try
        {
            await notification.WaitForCountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NULL AND attempts > 0", 1);
        }
        finally
        {
            await ShellCommand.RunAsync(TestServers.RabbitMqControl, "start");
        }

        var backAt = clock.Elapsed;
        try
        {
            await Eventually.WaitForAsync(async () => await RelayHost.UnpublishedAsync(backends) == 0 ? "drained" : null, "the outbox to drain", TimeSpan.FromSeconds(300));
        }
        catch (TimeoutException)
        {
            output.WriteLine($"unpublished {await RelayHost.UnpublishedAsync(backends)}, with failed attempts {await backends.ScalarAsync("SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NULL AND attempts > 0")}, " +
                $"max attempts {await backends.ScalarAsync("SELECT COALESCE(MAX(attempts), 0) FROM workflow_outbox")}, locked by a relay {await backends.ScalarAsync("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'idle in transaction'")} idle transactions");
            output.WriteLine("Workflow output:\n" + workflow.Output);
            throw;
        }

        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_processed_messages WHERE consumer = 'deadlines'", Events, TimeSpan.FromSeconds(300));
        var consumedBy = clock.Elapsed;

        Assert.InRange(relayedBeforeCrash, 1, Events - 1);
        var republished = await backends.ScalarAsync("SELECT COUNT(*) FROM workflow_outbox WHERE attempts > 0");
        Assert.True(republished > 0, "the relay failed some publishes against the crashed broker and published them again");

        // Every event reached the broker, never more often than the relay tried to publish it (one try that worked
        // after its failed attempts): counted in the audit queue, before any deduplication or unique key. The
        // consumer's processed-message log and the inbox have unique keys of their own, so what they show is that
        // Notification acted on each exactly once, not how many copies it was handed.
        var delivered = await audit.DrainAsync();
        Assert.Equal(ids.Order(), delivered.Keys.Order());
        var tries = await PublishTriesAsync(backends);
        Assert.All(delivered, d => Assert.True(d.Value <= tries[d.Key], $"{d.Key} delivered {d.Value} times after {tries[d.Key]} publishes"));
        Assert.Equal(Events, await backends.ScalarAsync("SELECT COUNT(*) FROM notification_processed_messages WHERE consumer = 'deadlines'"));
        Assert.Equal(ids.Order(), (await notification.GuidsAsync("SELECT source_message_id FROM notification_inbox_items")).Order());
        Assert.Equal(0, await backends.ScalarAsync("SELECT COUNT(*) FROM notification_poison_messages"));

        var timings =
            $"{Events} outbox rows: RabbitMQ killed at {crashedAt.TotalSeconds:F1} s after {relayedBeforeCrash} were relayed, back at {backAt.TotalSeconds:F1} s; " +
            $"{republished} rows needed more than one attempt; broker delivered {delivered.Values.Sum()} copies ({delivered.Count(d => d.Value > 1)} ids more than once); all consumed by {consumedBy.TotalSeconds:F1} s";
        output.WriteLine(timings);
        if (Environment.GetEnvironmentVariable("PERFWF_TEST_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.AppendAllTextAsync(Path.Combine(artifacts, "notification-burst.txt"), timings + Environment.NewLine);
        }
    }

    /// <summary>How many times the relay published each row: its failed attempts and the one that was confirmed.</summary>
    private static async Task<Dictionary<Guid, int>> PublishTriesAsync(Infrastructure.IsolatedBackends backends)
    {
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_id, attempts FROM workflow_outbox WHERE published_at IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tries = new Dictionary<Guid, int>();
        while (await reader.ReadAsync())
        {
            tries[reader.GetGuid(0)] = reader.GetInt32(1) + 1;
        }

        return tries;
    }
}
