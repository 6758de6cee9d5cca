using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationRedeliveryTests
{
    [Fact]
    public async Task The_same_message_delivered_twice_makes_one_inbox_item()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        var messageId = Guid.NewGuid();
        var message = NotificationUnderTest.ReviewFor("twice-reviewer", messageId);

        // Twice at once (racing consumers), then once more after the first was processed.
        await Task.WhenAll(notification.Publisher.PublishAsync(message, messageId), notification.Publisher.PublishAsync(message, messageId));
        await notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_processed_messages WHERE message_id = '{messageId}'", 1);
        await notification.Publisher.PublishAsync(message, messageId);

        // A different message to the same person is the marker that the third copy has been handled before it.
        var markerId = Guid.NewGuid();
        await notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("twice-reviewer", markerId), markerId);
        await notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE source_message_id = '{markerId}'", 1);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(1, await notification.ScalarAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE source_message_id = '{messageId}'"));
        var inbox = await notification.InboxAsync("twice-reviewer", "finance-division", "&status=todo");
        Assert.Equal(2, inbox.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Notification_stopped_while_events_are_published_catches_up_with_all_of_them_on_restart()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        var before = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(before.Select(id => notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("catch-up-reviewer", id), id)));
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_inbox_items", before.Count);

        await notification.Service.KillAsync();
        var missed = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(missed.Select(id => notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("catch-up-reviewer", id), id)));

        // While the service is down its queue outlives it (durable, not auto-delete) and holds what it missed.
        Assert.Equal((uint)missed.Count, await notification.QueueDepthAsync("inbox-consumers"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(before.Count, await notification.ScalarAsync("SELECT COUNT(*) FROM notification_inbox_items"));

        await notification.RestartAsync();
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_inbox_items", before.Count + missed.Count);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var arrived = await notification.GuidsAsync("SELECT source_message_id FROM notification_inbox_items");
        Assert.Equal(before.Concat(missed).Order().ToList(), arrived.Order().ToList());
        Assert.Equal(0u, await notification.QueueDepthAsync("inbox-consumers"));
    }
}
