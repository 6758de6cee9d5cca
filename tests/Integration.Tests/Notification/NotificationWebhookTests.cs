using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationWebhookTests
{
    private const string Secret = "bureau-platform-secret-0123456789";

    [Fact]
    public async Task A_webhook_that_fails_three_times_then_succeeds_gets_exactly_one_accepted_delivery_with_a_valid_signature()
    {
        await using var receiver = new WebhookReceiver(failures: 3);
        await using var notification = await NotificationUnderTest.StartAsync();
        await notification.SetPreferencesAsync("hook-reviewer", new { webhookEnabled = true, webhookUrl = receiver.Url, webhookSecret = Secret });

        var messageId = Guid.NewGuid();
        await notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("hook-reviewer", messageId), messageId);
        await Eventually.WaitForAsync(() => Task.FromResult(receiver.Accepted.Any() ? "accepted" : null), "the webhook to be accepted");
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'sent'", 1);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var accepted = Assert.Single(receiver.Accepted);
        Assert.Equal(4, receiver.Requests.Count);
        Assert.Single(receiver.Requests.Select(r => r.DeliveryId).Distinct());
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), accepted.Body)), accepted.Signature);
        Assert.NotEqual(
            "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret + "x"), accepted.Body)), accepted.Signature);

        using var payload = JsonDocument.Parse(accepted.Body);
        Assert.Equal("inbox-item", payload.RootElement.GetProperty("type").GetString());
        Assert.Equal(messageId, payload.RootElement.GetProperty("item").GetProperty("sourceMessageId").GetGuid());
        Assert.Contains("待审核", payload.RootElement.GetProperty("item").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, await notification.ScalarAsync("SELECT attempts FROM notification_deliveries WHERE status = 'sent'"));
    }

    [Fact]
    public async Task A_webhook_failing_every_attempt_is_dead_lettered_shown_to_the_performance_office_and_can_be_retried()
    {
        await using var receiver = new WebhookReceiver(failures: int.MaxValue);
        await using var notification = await NotificationUnderTest.StartAsync(new Dictionary<string, string> { ["Notifications:MaxAttempts"] = "3" });
        await notification.SetPreferencesAsync("dead-reviewer", new { webhookEnabled = true, webhookUrl = receiver.Url, webhookSecret = Secret });
        var messageId = Guid.NewGuid();
        await notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("dead-reviewer", messageId), messageId);
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'dead'", 1);
        Assert.Equal(3, receiver.Requests.Count);

        using var filer = notification.ClientFor("some-filer", "filer", "d-test");
        using (var refused = await filer.GetAsync("api/notifications/dead-letters"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var office = notification.ClientFor("perf-office", "performance-office");
        var deadLetters = await office.GetFromJsonAsync<JsonElement>("api/notifications/dead-letters");
        var dead = Assert.Single(deadLetters.GetProperty("items").EnumerateArray());
        Assert.Equal("webhook", dead.GetProperty("channel").GetString());
        Assert.Equal(3, dead.GetProperty("attempts").GetInt32());
        Assert.Contains("500", dead.GetProperty("lastError").GetString(), StringComparison.Ordinal);

        receiver.SucceedFromNowOn();
        using (var retry = await office.PostAsync($"api/notifications/dead-letters/{dead.GetProperty("id").GetGuid()}/retry", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        }

        await Eventually.WaitForAsync(() => Task.FromResult(receiver.Accepted.Any() ? "accepted" : null), "the retried webhook to be accepted");
        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'sent'", 1);
        Assert.Equal(0, (await office.GetFromJsonAsync<JsonElement>("api/notifications/dead-letters")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Preferences_refuse_a_webhook_without_a_long_enough_secret_and_never_show_the_secret()
    {
        await using var notification = await NotificationUnderTest.StartAsync();
        using var client = notification.ClientFor("pref-user", "filer", "d-test");
        using (var refused = await client.PutAsJsonAsync("api/notifications/preferences", new { webhookEnabled = true, webhookUrl = "http://127.0.0.1:9/x", webhookSecret = "short" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("webhookSecret", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var saved = await client.PutAsJsonAsync("api/notifications/preferences", new { webhookEnabled = true, webhookUrl = "http://127.0.0.1:9/x", webhookSecret = Secret, dailyDigest = true }))
        {
            saved.EnsureSuccessStatusCode();
        }

        var body = await client.GetStringAsync("api/notifications/preferences");
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        using var view = JsonDocument.Parse(body);
        Assert.True(view.RootElement.GetProperty("webhookSecretSet").GetBoolean());
        Assert.True(view.RootElement.GetProperty("dailyDigest").GetBoolean());
        Assert.True(view.RootElement.GetProperty("inApp").GetBoolean());
    }
}
