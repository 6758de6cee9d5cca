using PerfWorkflow.Contracts;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// The outbox relay's lost-confirm path, forced: the broker takes and confirms a reminder, the confirm never reaches
/// Workflow (the proxy cuts the connection instead), so the reminder must be published again before the row is marked;
/// Notification gets it twice and acts once.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class LostConfirmTests
{
    [Fact]
    public async Task A_reminder_whose_publisher_confirm_is_lost_is_published_again_and_reaches_the_inbox_once()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        var backends = notification.Backends;
        var audit = await DeliveryAudit.BindAsync<DeadlineApproaching>(backends.RabbitMqUri);
        await using var proxy = new ConfirmCuttingProxy(backends.RabbitMqUri);
        var viaProxy = new UriBuilder(backends.RabbitMqUri) { Port = proxy.Port }.Uri;
        await using var workflow = await RelayHost.StartWorkflowAsync(backends, viaProxy, notification.SigningKey);

        proxy.CutAfterNextPublish();
        var id = Guid.NewGuid();
        await OutboxRows.WriteAsync(backends.ConnectionString, "workflow_outbox", [(RelayHost.ReminderFor("lost-confirm-user", id), id)]);
        await proxy.CutAfterPublish.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await Eventually.WaitForAsync(async () => await RelayHost.UnpublishedAsync(backends) == 0 ? "published" : null, "the relay to publish the reminder again");

        // Who published again is the bus's business (MassTransit may retry the send on its new connection before the
        // relay's timeout); what the relay guarantees is that the row is marked only once a publish is confirmed.
        await notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_processed_messages WHERE message_id = '{id}'", 1);

        var delivered = await audit.DrainAsync();
        Assert.Equal([id], delivered.Keys);
        Assert.True(delivered[id] >= 2, $"the broker received the reminder twice (the lost-confirm publish and the retry), not {delivered[id]} times");

        // Both copies went to Notification's queue too; once it has taken them all, one inbox item stands.
        await Eventually.WaitForAsync(async () => await notification.QueueDepthAsync("deadline-consumers") == 0 ? "taken" : null, "Notification to take both copies");
        Assert.Equal(1, await backends.ScalarAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE source_message_id = '{id}'"));
        Assert.Equal(0, await backends.ScalarAsync("SELECT COUNT(*) FROM notification_poison_messages"));
    }
}
