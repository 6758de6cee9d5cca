using System.Diagnostics;
using PerfWorkflow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationBurstTests(ITestOutputHelper output)
{
    private const int Events = 10_000;

    [Fact]
    public async Task RabbitMQ_restarted_in_the_middle_of_a_burst_of_ten_thousand_events_leaves_every_inbox_item_exactly_once()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        var ids = Enumerable.Range(0, Events).Select(_ => Guid.NewGuid()).ToList();
        var clock = Stopwatch.StartNew();
        var published = 0;
        Task? restart = null;
        var restartStarted = TimeSpan.Zero;

        await Parallel.ForEachAsync(Enumerable.Range(0, Events), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, _) =>
        {
            await notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor($"burst-reviewer-{i % 40}", ids[i]), ids[i]);
            if (Interlocked.Increment(ref published) == Events / 4)
            {
                restartStarted = clock.Elapsed;
                restart = ShellCommand.RunAsync(TestServers.RabbitMqControl, "restart");
            }
        });
        var publishedIn = clock.Elapsed;
        Assert.NotNull(restart);
        await restart;
        var restartedBy = clock.Elapsed;

        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_inbox_items", Events, TimeSpan.FromSeconds(180));
        var consumedBy = clock.Elapsed;

        // Redeliveries of messages unacknowledged when the broker went down arrive late if at all: give them time to show.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(Events, await notification.ScalarAsync("SELECT COUNT(*) FROM notification_inbox_items"));
        Assert.Equal(0, await notification.ScalarAsync(
            "SELECT COUNT(*) FROM (SELECT source_message_id FROM notification_inbox_items GROUP BY source_message_id HAVING COUNT(*) <> 1) AS doubled"));
        var arrived = await notification.GuidsAsync("SELECT source_message_id FROM notification_inbox_items");
        Assert.Equal(ids.Order().ToList(), arrived.Order().ToList());

        var timings =
            $"{Events} events: published in {publishedIn.TotalSeconds:F1} s with {notification.Publisher.Retries} publish retries; " +
            $"restart began at {restartStarted.TotalSeconds:F1} s, broker back at {restartedBy.TotalSeconds:F1} s; all inbox items by {consumedBy.TotalSeconds:F1} s";
        output.WriteLine(timings);
        if (Environment.GetEnvironmentVariable("PERFWF_TEST_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.AppendAllTextAsync(Path.Combine(artifacts, "notification-burst.txt"), timings + Environment.NewLine);
        }
    }
}
