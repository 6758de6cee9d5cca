using System.Globalization;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

[Collection(RealServersCollection.Name)]
public sealed class NotificationEmailTests
{
    [Fact]
    public async Task An_email_reaches_a_real_SMTP_listener_with_its_Chinese_subject_and_body_intact()
    {
        await using var smtp = new SmtpListener();
        await using var notification = await NotificationUnderTest.StartAsync(SmtpSettings(smtp));
        await notification.SetPreferencesAsync("mail-reviewer", new { emailEnabled = true, emailAddress = "wang.kezhang@czj.example.cn" });

        var messageId = Guid.NewGuid();
        await notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("mail-reviewer", messageId, departmentId: "d-教育局"), messageId);
        var mail = await Eventually.WaitForAsync(() => Task.FromResult(smtp.Messages.FirstOrDefault()), "an e-mail at the SMTP listener");

        var item = (await notification.InboxAsync("mail-reviewer", "finance-division")).GetProperty("items").EnumerateArray().Single();
        var title = item.GetProperty("title").GetString()!;
        Assert.StartsWith("待审核：2027年度", title, StringComparison.Ordinal);
        Assert.Equal(["wang.kezhang@czj.example.cn"], mail.Recipients);
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
        await using var smtp = new SmtpListener();
        await using var notification = await NotificationUnderTest.StartAsync(SmtpSettings(smtp));
        await notification.SetPreferencesAsync("digest-reviewer", new { emailEnabled = true, emailAddress = "digest@czj.example.cn", dailyDigest = true });

        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in ids)
        {
            await notification.Publisher.PublishAsync(NotificationUnderTest.ReviewFor("digest-reviewer", id), id);
        }

        await notification.WaitForCountAsync("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'held'", 2);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(smtp.Messages);

        // The items were written today; pretend they are from before the last digest hour.
        await notification.ScalarAsync(
            "WITH moved AS (UPDATE notification_deliveries SET created_at = created_at - INTERVAL '2 days' WHERE status = 'held' RETURNING 1) SELECT COUNT(*) FROM moved");
        var mail = await Eventually.WaitForAsync(() => Task.FromResult(smtp.Messages.FirstOrDefault()), "the digest e-mail");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Single(smtp.Messages);
        Assert.Equal("每日汇总：您有 2 条预算绩效消息", mail.Subject);
        var titles = (await notification.InboxAsync("digest-reviewer", "finance-division")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Equal(2, titles.Count);
        Assert.All(titles, t => Assert.Contains(t, mail.Body, StringComparison.Ordinal));
        Assert.Equal(2, await notification.ScalarAsync("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'digested'"));
    }

    private static Dictionary<string, string> SmtpSettings(SmtpListener smtp) => new()
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Notifications:Smtp:From"] = "perf@czj.example.cn",
    };
}
