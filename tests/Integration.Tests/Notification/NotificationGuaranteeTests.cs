using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Contracts;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationGuaranteeTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    private const string Department = "d-rect";

    private NotificationUnderTest Notification => fixture.Notification;

    [Fact]
    public async Task The_same_message_delivered_twice_makes_one_inbox_item()
    {
        var messageId = Guid.NewGuid();
        var message = NotificationUnderTest.ReviewFor("twice-reviewer", messageId);

        // Twice at once (racing consumers), then once more after the first was processed.
        await Task.WhenAll(Notification.Publisher.PublishAsync(message, messageId), Notification.Publisher.PublishAsync(message, messageId));
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_processed_messages WHERE message_id = '{messageId}'", 1);
        await Notification.Publisher.PublishAsync(message, messageId);

        // A different message to the same person is the marker that the third copy has been handled before it.
        var markerId = Guid.NewGuid();
        await Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("twice-reviewer", markerId), markerId);
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE source_message_id = '{markerId}'", 1);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(1, await Notification.ScalarAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE source_message_id = '{messageId}'"));
        var inbox = await Notification.InboxAsync("twice-reviewer", "finance-division", "&status=todo");
        Assert.Equal(2, inbox.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Notification_stopped_while_events_are_published_catches_up_with_all_of_them_on_restart()
    {
        const string count = "SELECT COUNT(*) FROM notification_inbox_items WHERE user_id = 'catch-up-reviewer'";
        var before = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(before.Select(id => Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("catch-up-reviewer", id), id)));
        await Notification.WaitForCountAsync(count, before.Count);

        await Notification.Service.KillAsync();
        var missed = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(missed.Select(id => Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("catch-up-reviewer", id), id)));

        // While the service is down its queue outlives it (durable, not auto-delete) and holds what it missed.
        Assert.Equal((uint)missed.Count, await Notification.QueueDepthAsync("inbox-consumers"));
        Assert.Equal(before.Count, await Notification.ScalarAsync(count));

        await Notification.RestartAsync();
        await Notification.WaitForCountAsync(count, before.Count + missed.Count);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var arrived = await Notification.GuidsAsync("SELECT source_message_id FROM notification_inbox_items WHERE user_id = 'catch-up-reviewer'");
        Assert.Equal(before.Concat(missed).Order().ToList(), arrived.Order().ToList());
        Assert.Equal(0u, await Notification.QueueDepthAsync("inbox-consumers"));
    }

    [Fact]
    public async Task Rectification_items_reach_the_departments_filer_then_the_bureau_and_an_item_past_its_deadline_is_overdue()
    {
        await Notification.PublishMemberAsync("rect-filer", "filer", Department);
        await Notification.PublishMemberAsync("rect-head", "department-head", Department);
        await Notification.PublishMemberAsync("rect-finance", "finance-division", null);
        await Notification.PublishMemberAsync("rect-office", "performance-office", null);
        await Notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_directory_users WHERE user_id LIKE 'rect-%'", 4);

        var filingId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await RaiseAsync(filingId, 1, today.AddDays(-3));
        await RaiseAsync(filingId, 2, today.AddDays(30));
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE filing_id = '{filingId}' AND kind = 'rectification'", 2);

        var todos = await Notification.InboxAsync("rect-filer", "filer", "&status=todo", Department);
        Assert.Equal(2, todos.GetProperty("total").GetInt32());
        var overdue = await Notification.InboxAsync("rect-filer", "filer", "&overdue=true", Department);
        var late = Assert.Single(overdue.GetProperty("items").EnumerateArray());
        Assert.Contains("第1项", late.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Notification.InboxAsync("rect-head", "department-head", "", Department)).GetProperty("total").GetInt32());

        var submitted = Guid.NewGuid();
        await Notification.Publisher.PublishAsync(
            new RectificationSubmitted(submitted, DateTimeOffset.UtcNow, filingId, Department, 2027, 1, "rect-filer", "已完成整改", ["https://docs.example/1"]), submitted);
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE filing_id = '{filingId}' AND kind = 'rectification-review'", 2);

        Assert.Equal(0, (await Notification.InboxAsync("rect-filer", "filer", "&overdue=true", Department)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Notification.InboxAsync("rect-filer", "filer", "&status=todo", Department)).GetProperty("total").GetInt32());
        foreach (var (user, role) in new[] { ("rect-finance", "finance-division"), ("rect-office", "performance-office") })
        {
            var review = Assert.Single((await Notification.InboxAsync(user, role, "&status=todo")).GetProperty("items").EnumerateArray());
            Assert.Contains("待核实整改", review.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal(filingId, review.GetProperty("filingId").GetGuid());
        }
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_kept_in_the_error_queue_and_shown_to_the_performance_office()
    {
        // Nobody in the directory belongs to this department: the consumer cannot name a recipient, retries, gives up.
        var poisonId = Guid.NewGuid();
        var filingId = Guid.NewGuid();
        await RaiseAsync(filingId, 1, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), poisonId, "d-nobody");
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_poison_messages WHERE message_id = '{poisonId}'", 1, TimeSpan.FromSeconds(90));

        using var office = Notification.ClientFor("perf-office", "performance-office");
        var poison = await office.GetFromJsonAsync<JsonElement>("api/notifications/poison-messages");
        var row = Assert.Single(poison.GetProperty("items").EnumerateArray(), p => p.GetProperty("messageId").GetGuid() == poisonId);
        Assert.Equal("rectification-consumers", row.GetProperty("queue").GetString());
        Assert.True(row.GetProperty("messageType").GetString()?.Contains("RectificationRaised", StringComparison.Ordinal) == true, row.ToString());
        Assert.Contains("RecipientsNotFoundException", row.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(poisonId.ToString(), row.GetProperty("body").GetString(), StringComparison.OrdinalIgnoreCase);

        await Eventually.WaitForAsync(async () => await Notification.QueueDepthAsync("rectification-consumers_error") == 1 ? "kept" : null, "the message in the _error queue");
        Assert.Equal(0, await Notification.ScalarAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE filing_id = '{filingId}'"));
    }

    private Task RaiseAsync(Guid filingId, int item, DateOnly deadline, Guid? messageId = null, string department = Department)
    {
        var id = messageId ?? Guid.NewGuid();
        return Notification.Publisher.PublishAsync(
            new RectificationRaised(id, DateTimeOffset.UtcNow, filingId, department, 2027, item, "Monitoring", $"问题{item}：资金支出进度滞后", "加快支付进度", "财务科 张三", deadline, "rect-office"),
            id);
    }
}
