using System.Net;
using System.Text.Json;
using PerfWorkflow.Contracts;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// Workflow addresses escalations to <c>role:performance-office</c>, a role with no region in it. The inbox shows such a
/// notice to the performance office of the region the filing's department belongs to, and not to another region's.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class BureauNoticeRegionTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    private const string Department = "d-escalated";

    private NotificationUnderTest Notification => fixture.Notification;

    [Fact]
    public async Task An_escalation_to_the_performance_office_reaches_its_own_regions_office_and_not_another_regions()
    {
        await Notification.PublishMemberAsync("escalated-filer", "filer", Department);
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_directory_users WHERE department_id = '{Department}'", 1);
        var messageId = Guid.NewGuid();
        var filingId = Guid.NewGuid();
        await Notification.Publisher.PublishAsync(
            new DeadlineEscalated(messageId, DateTimeOffset.UtcNow, filingId, Department, 2027, "Declaration", new DateOnly(2026, 12, 15), 5,
                $"{filingId:D}:declaration:escalation", DateTimeOffset.UtcNow, false, [RecipientAddress.BureauRole("performance-office")]),
            messageId);
        await Notification.WaitForCountAsync($"SELECT COUNT(*) FROM notification_inbox_items WHERE source_message_id = '{messageId}'", 1);

        var own = await ItemsAsync(NotificationUnderTest.Region, filingId);
        var item = Assert.Single(own);
        Assert.Equal("deadline-escalated", item.GetProperty("kind").GetString());
        Assert.Empty(await ItemsAsync("佛山市", filingId));

        using var other = Notification.ClientFor("fs-perf-office", "performance-office", region: "佛山市");
        using var read = await other.PostAsync($"api/inbox/items/{item.GetProperty("id").GetGuid()}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(JsonValueKind.Null, Assert.Single(await ItemsAsync(NotificationUnderTest.Region, filingId)).GetProperty("readAt").ValueKind);
    }

    private async Task<List<JsonElement>> ItemsAsync(string region, Guid filingId)
    {
        using var office = Notification.ClientFor(region == NotificationUnderTest.Region ? "perf-office" : "fs-perf-office", "performance-office", region: region);
        var inbox = JsonDocument.Parse(await office.GetStringAsync("api/inbox?pageSize=200")).RootElement;
        return inbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("filingId").GetGuid() == filingId).Select(i => i.Clone()).ToList();
    }
}
