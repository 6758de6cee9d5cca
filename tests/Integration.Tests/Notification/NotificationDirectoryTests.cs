using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Contracts;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationDirectoryTests
{
    private const string Department = "d-rect";

    [Fact]
    public async Task Rectification_items_reach_the_departments_filer_then_the_bureau_and_an_item_past_its_deadline_is_overdue()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        await notification.PublishMemberAsync("rect-filer", "filer", Department);
        await notification.PublishMemberAsync("rect-head", "department-head", Department);
        await notification.PublishMemberAsync("rect-finance", "finance-division", null);
        await notification.PublishMemberAsync("rect-office", "performance-office", null);
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_directory_users", 4);

        var filingId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await RaiseAsync(notification, filingId, 1, today.AddDays(-3));
        await RaiseAsync(notification, filingId, 2, today.AddDays(30));
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_inbox_items WHERE kind = 'rectification'", 2);

        var todos = await notification.InboxAsync("rect-filer", "filer", "&status=todo", Department);
        Assert.Equal(2, todos.GetProperty("total").GetInt32());
        var overdue = await notification.InboxAsync("rect-filer", "filer", "&overdue=true", Department);
        var late = Assert.Single(overdue.GetProperty("items").EnumerateArray());
        Assert.Contains("第1项", late.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await notification.InboxAsync("rect-head", "department-head", "", Department)).GetProperty("total").GetInt32());

        var submitted = Guid.NewGuid();
        await notification.Publisher.PublishAsync(
            new RectificationSubmitted(submitted, DateTimeOffset.UtcNow, filingId, Department, 2027, 1, "rect-filer", "已完成整改", ["https://docs.example/1"]), submitted);
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_inbox_items WHERE kind = 'rectification-review'", 2);

        Assert.Equal(0, (await notification.InboxAsync("rect-filer", "filer", "&overdue=true", Department)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await notification.InboxAsync("rect-filer", "filer", "&status=todo", Department)).GetProperty("total").GetInt32());
        foreach (var (user, role) in new[] { ("rect-finance", "finance-division"), ("rect-office", "performance-office") })
        {
            var review = Assert.Single((await notification.InboxAsync(user, role, "&status=todo")).GetProperty("items").EnumerateArray());
            Assert.Contains("待核实整改", review.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal(filingId, review.GetProperty("filingId").GetGuid());
        }
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_kept_in_the_error_queue_and_shown_to_the_performance_office()
    {
        await using var notification = await NotificationUnderTest.StartAsync();

        // Nobody in the directory belongs to this department: the consumer cannot name a recipient, retries, gives up.
        var poisonId = Guid.NewGuid();
        await RaiseAsync(notification, Guid.NewGuid(), 1, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), poisonId, "d-nobody");
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_poison_messages", 1, TimeSpan.FromSeconds(90));

        using var office = notification.ClientFor("perf-office", "performance-office");
        var poison = await office.GetFromJsonAsync<JsonElement>("api/notifications/poison-messages");
        var row = Assert.Single(poison.GetProperty("items").EnumerateArray());
        Assert.Equal(poisonId, row.GetProperty("messageId").GetGuid());
        Assert.Equal("rectification-consumers", row.GetProperty("queue").GetString());
        Assert.Contains("RectificationRaised", row.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        Assert.Contains("RecipientsNotFoundException", row.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(poisonId.ToString(), row.GetProperty("body").GetString(), StringComparison.OrdinalIgnoreCase);

        await Eventually.WaitForAsync(async () => await notification.QueueDepthAsync("rectification-consumers_error") == 1 ? "kept" : null, "the message in the _error queue");
        Assert.Equal(0, await notification.ScalarAsync("SELECT COUNT(*) FROM notification_inbox_items"));
    }

    private static Task RaiseAsync(NotificationUnderTest notification, Guid filingId, int item, DateOnly deadline, Guid? messageId = null, string department = Department)
    {
        var id = messageId ?? Guid.NewGuid();
        return notification.Publisher.PublishAsync(
            new RectificationRaised(id, DateTimeOffset.UtcNow, filingId, department, 2027, item, "Monitoring", $"问题{item}：资金支出进度滞后", "加快支付进度", "财务科 张三", deadline, "rect-office"),
            id);
    }
}
