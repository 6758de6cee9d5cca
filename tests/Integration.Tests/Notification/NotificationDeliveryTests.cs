using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationDeliveryTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    private const string Secret = "bureau-platform-secret-0123456789";

    private NotificationUnderTest Notification => fixture.Notification;

    [Fact]
    public async Task A_webhook_that_fails_three_times_then_succeeds_gets_exactly_one_accepted_delivery_with_a_valid_signature()
    {
        await using var receiver = new WebhookReceiver(failures: 3);
        await Notification.SetPreferencesAsync("hook-reviewer", new { webhookEnabled = true, webhookUrl = receiver.Url, webhookSecret = Secret });

        var messageId = Guid.NewGuid();
        await Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("hook-reviewer", messageId), messageId);
        await Eventually.WaitForAsync(() => Task.FromResult(receiver.Accepted.Any() ? "accepted" : null), "the webhook to be accepted");
        await Notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE user_id = 'hook-reviewer' AND status = 'sent'", 1);
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
        Assert.Equal(4, await Notification.ScalarAsync("SELECT attempts FROM notification_deliveries WHERE user_id = 'hook-reviewer' AND status = 'sent'"));
    }

    [Fact]
    public async Task A_webhook_failing_every_attempt_is_dead_lettered_shown_to_the_performance_office_and_can_be_retried()
    {
        await using var receiver = new WebhookReceiver(failures: int.MaxValue);

        // The reviewer is a person of the office's region (the directory says so): only its office sees the failure.
        await Notification.PublishMemberAsync("dead-reviewer", "finance-division", departmentId: null);
        await Notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_directory_users WHERE user_id = 'dead-reviewer'", 1);
        await Notification.SetPreferencesAsync("dead-reviewer", new { webhookEnabled = true, webhookUrl = receiver.Url, webhookSecret = Secret });
        var messageId = Guid.NewGuid();
        await Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("dead-reviewer", messageId), messageId);
        await Notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE user_id = 'dead-reviewer' AND status = 'dead'", 1);
        Assert.Equal(4, receiver.Requests.Count);

        using var filer = Notification.ClientFor("some-filer", "filer", "d-test");
        using (var refused = await filer.GetAsync("api/notifications/dead-letters"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var office = Notification.ClientFor("perf-office", "performance-office");
        var deadLetters = await office.GetFromJsonAsync<JsonElement>("api/notifications/dead-letters");
        var dead = Assert.Single(deadLetters.GetProperty("items").EnumerateArray(), d => d.GetProperty("userId").GetString() == "dead-reviewer");
        Assert.Equal("webhook", dead.GetProperty("channel").GetString());
        Assert.Equal(4, dead.GetProperty("attempts").GetInt32());
        Assert.Contains("500", dead.GetProperty("lastError").GetString(), StringComparison.Ordinal);

        receiver.SucceedFromNowOn();
        using (var retry = await office.PostAsync($"api/notifications/dead-letters/{dead.GetProperty("id").GetGuid()}/retry", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        }

        await Eventually.WaitForAsync(() => Task.FromResult(receiver.Accepted.Any() ? "accepted" : null), "the retried webhook to be accepted");
        await Notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE user_id = 'dead-reviewer' AND status = 'sent'", 1);
        var after = await office.GetFromJsonAsync<JsonElement>("api/notifications/dead-letters");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), d => d.GetProperty("userId").GetString() == "dead-reviewer");
    }

    [Fact]
    public async Task Preferences_refuse_a_webhook_without_a_long_enough_secret_and_never_show_the_secret()
    {
        using var client = Notification.ClientFor("pref-user", "filer", "d-test");
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

    [Fact]
    public async Task An_email_reaches_a_real_SMTP_listener_with_its_Chinese_subject_and_body_intact()
    {
        const string address = "wang.kezhang@czj.example.cn";
        await Notification.SetPreferencesAsync("mail-reviewer", new { emailEnabled = true, emailAddress = address });

        var messageId = Guid.NewGuid();
        await Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("mail-reviewer", messageId, departmentId: "d-教育局"), messageId);
        var mail = await Eventually.WaitForAsync(() => Task.FromResult(MailTo(address).FirstOrDefault()), "an e-mail at the SMTP listener");

        var item = (await Notification.InboxAsync("mail-reviewer", "finance-division")).GetProperty("items").EnumerateArray().Single();
        var title = item.GetProperty("title").GetString()!;
        Assert.StartsWith("待审核：2027年度", title, StringComparison.Ordinal);
        Assert.Matches("(?i)=\\?utf-8\\?[BQ]\\?", mail.RawHeader("Subject"));
        Assert.True(mail.Raw.All(c => c < 128), "the message on the wire is 7-bit: Chinese travels encoded");
        Assert.Equal(title, mail.Subject);
        Assert.Contains(item.GetProperty("body").GetString()!, mail.Body, StringComparison.Ordinal);
        Assert.Contains("部门 d-教育局 的", mail.Body, StringComparison.Ordinal);
        Assert.Contains("请登录预算绩效管理平台办理。", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_chose_the_daily_digest_gets_one_email_listing_the_days_items_instead_of_one_each()
    {
        const string address = "digest@czj.example.cn";
        await Notification.SetPreferencesAsync("digest-reviewer", new { emailEnabled = true, emailAddress = address, dailyDigest = true });

        foreach (var department in new[] { "d-甲", "d-乙" })
        {
            var id = Guid.NewGuid();
            await Notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("digest-reviewer", id, department), id);
        }

        await Notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE user_id = 'digest-reviewer' AND status = 'held'", 2);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(MailTo(address));

        // The items were written today; pretend they are from before the last digest hour.
        await Notification.ScalarAsync(
            "WITH moved AS (UPDATE notification_deliveries SET created_at = created_at - INTERVAL '2 days' WHERE user_id = 'digest-reviewer' AND status = 'held' RETURNING 1) SELECT COUNT(*) FROM moved");
        var mail = await Eventually.WaitForAsync(() => Task.FromResult(MailTo(address).FirstOrDefault()), "the digest e-mail");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Single(MailTo(address));
        Assert.Equal("每日汇总：您有 2 条预算绩效消息", mail.Subject);
        var bodies = (await Notification.InboxAsync("digest-reviewer", "finance-division")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("body").GetString()!).ToList();
        Assert.Equal(2, bodies.Distinct().Count());
        Assert.All(bodies, b => Assert.Contains(b, mail.Body, StringComparison.Ordinal));
        Assert.Equal(2, await Notification.ScalarAsync("SELECT COUNT(*) FROM notification_deliveries WHERE user_id = 'digest-reviewer' AND status = 'digested'"));
    }

    private IEnumerable<ReceivedMail> MailTo(string address) => fixture.Smtp.Messages.Where(m => m.Recipients.Contains(address));
}
