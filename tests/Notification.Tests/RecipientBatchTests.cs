using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Messaging;
using PerfWorkflow.Notification.Persistence;
using Xunit.Abstractions;

namespace PerfWorkflow.Notification.Tests;

/// <summary>
/// A consumer batch resolves its messages' people with one directory query and one preferences query, whatever the
/// number of messages, and still writes what each message would have written alone: the items, their deliveries in
/// the same transaction, and what a directory change earlier in the batch says.
/// </summary>
public sealed class RecipientBatchTests(ITestOutputHelper output)
{
    private const string Region = "测试区";
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Review_requests_for_many_departments_arriving_together_read_the_directory_and_the_preferences_once_per_batch()
    {
        await using var notification = await NotificationHarness.StartAsync();
        const int rounds = 8;
        const int perBatch = 60;
        for (var d = 0; d < perBatch; d++)
        {
            await notification.SeedAsync(
                Person($"f-{d:00}", Roles.Filer, $"d-{d:00}", $"第{d:00}局"),
                Person($"r-{d:00}", Roles.FinanceDivision, null, null, $"r-{d:00}@czj.example.cn"),
                new NotificationPreference { UserId = $"r-{d:00}", EmailEnabled = true, DailyDigest = d % 2 == 0, UpdatedAt = Now.UtcDateTime });
        }

        var consumers = new InboxConsumers(notification.Batches);
        var directoryQueries = new List<int>();
        var preferenceQueries = new List<int>();
        var commands = 0;
        var cpu = TimeSpan.Zero;
        for (var round = 0; round < rounds; round++)
        {
            var messages = Enumerable.Range(0, perBatch).Select(d => new ReviewRequested(
                Guid.NewGuid(), Now, Guid.NewGuid(), $"d-{d:00}", 2027, "Declaration", 2, "finance-division", "Any", [$"r-{d:00}"])).ToList();
            var started = Process.GetCurrentProcess().TotalProcessorTime;
            var arrived = await notification.ArriveTogetherAsync(() => messages.Select(m => consumers.Consume(MessageContext<ReviewRequested>.Of(m))).ToArray());
            cpu += Process.GetCurrentProcess().TotalProcessorTime - started;
            await Task.WhenAll(arrived);
            directoryQueries.Add(notification.Commands.Naming("notification_directory_users"));
            preferenceQueries.Add(notification.Commands.Naming("notification_preferences"));
            commands += notification.Commands.Commands.Count;
        }

        output.WriteLine($"{rounds} batches of {perBatch} review requests: directory queries per batch {string.Join(",", directoryQueries)}, "
            + $"preference queries per batch {string.Join(",", preferenceQueries)}, {(double)commands / (rounds * perBatch):0.00} commands per message, "
            + $"{cpu.TotalMilliseconds / (rounds * perBatch):0.000} ms of process CPU per message (hold and hand-in included)");
        Assert.All(directoryQueries, queries => Assert.Equal(1, queries));
        Assert.All(preferenceQueries, queries => Assert.Equal(1, queries));

        // What each message would have written alone: the department's name from the directory, an e-mail to the
        // reviewer's directory address, held for the digest by those who chose it.
        var items = await notification.InScopeAsync(db => db.InboxItems.AsNoTracking().ToListAsync());
        var deliveries = await notification.InScopeAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.Equal(rounds * perBatch, items.Count);
        Assert.All(items, item => Assert.Contains($"第{item.DepartmentId[2..]}局的", item.Body));
        Assert.Equal(items.Select(i => i.Id).Order(), deliveries.Select(d => d.InboxItemId!.Value).Order());
        Assert.All(deliveries, delivery =>
        {
            Assert.Equal(DeliveryChannels.Email, delivery.Channel);
            Assert.Equal($"{delivery.UserId}@czj.example.cn", delivery.Target);
            Assert.Equal(int.Parse(delivery.UserId[2..]) % 2 == 0 ? DeliveryStatuses.Held : DeliveryStatuses.Pending, delivery.Status);
        });
    }

    [Fact]
    public async Task An_item_and_its_deliveries_commit_together_or_not_at_all_and_a_redelivered_message_writes_them_once()
    {
        await using var notification = await NotificationHarness.StartAsync();
        await notification.SeedAsync(
            Person("reviewer", Roles.FinanceDivision, null, null, "reviewer@czj.example.cn"),
            Person("filer", Roles.Filer, "d-1", "第一局"),
            new NotificationPreference
            {
                UserId = "reviewer", EmailEnabled = true, WebhookEnabled = true, WebhookUrl = "https://hooks.czj.example.cn/inbox",
                WebhookSecret = new string('k', 32), UpdatedAt = Now.UtcDateTime,
            });
        var consumers = new InboxConsumers(notification.Batches);
        var message = MessageContext<ReviewRequested>.Of(new ReviewRequested(Guid.NewGuid(), Now, Guid.NewGuid(), "d-1", 2027, "Declaration", 2, "finance-division", "Any", ["reviewer"]));

        notification.Commits.Refusing = true;
        await Assert.ThrowsAsync<CommitRefusedException>(() => consumers.Consume(message));
        Assert.Equal((0, 0, 0), await WrittenAsync(notification, message.Message.MessageId));

        notification.Commits.Refusing = false;
        await consumers.Consume(message);
        await consumers.Consume(message);
        Assert.Equal((1, 2, 1), await WrittenAsync(notification, message.Message.MessageId));
        var item = await notification.InScopeAsync(db => db.InboxItems.AsNoTracking().SingleAsync(i => i.SourceMessageId == message.Message.MessageId));
        var deliveries = await notification.InScopeAsync(db => db.Deliveries.AsNoTracking().Where(d => d.InboxItemId == item.Id).ToListAsync());
        Assert.Equal([DeliveryChannels.Email, DeliveryChannels.Webhook], deliveries.Select(d => d.Channel).Order());
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatuses.Pending, d.Status));
    }

    [Fact]
    public async Task A_directory_change_earlier_in_the_batch_decides_who_hears_of_a_stage_opened_after_it()
    {
        await using var notification = await NotificationHarness.StartAsync();
        await notification.SeedAsync(Person("leaving", Roles.Filer, "d-x", "某局"), Person("other-filer", Roles.Filer, "d-y", "另一局"));
        var directory = new DirectoryConsumer(notification.Batches);
        var cycle = new CycleNoticeConsumers(notification.Batches);
        var later = Now.AddMinutes(5);

        var arrived = await notification.ArriveTogetherAsync(() =>
        [
            cycle.Consume(MessageContext<StageOpened>.Of(new StageOpened(Guid.NewGuid(), later, Guid.NewGuid(), "d-y", 2027, "Declaration"))),
            directory.Consume(MessageContext<OrganisationMemberChanged>.Of(new OrganisationMemberChanged(Guid.NewGuid(), later, "leaving", "leaving", Roles.Filer, "d-x", Region, null, Active: false, "某局"))),
            directory.Consume(MessageContext<OrganisationMemberChanged>.Of(new OrganisationMemberChanged(Guid.NewGuid(), later, "joining", "joining", Roles.Filer, "d-x", Region, null, Active: true, "某局"))),
            cycle.Consume(MessageContext<StageOpened>.Of(new StageOpened(Guid.NewGuid(), later, Guid.NewGuid(), "d-x", 2027, "Declaration"))),
        ]);
        await Task.WhenAll(arrived);

        var recipients = await notification.InScopeAsync(db => db.InboxItems.AsNoTracking().Select(i => i.UserId).ToListAsync());
        Assert.Equal(["joining", "other-filer"], recipients.Order());
    }

    // The database is the test's own: every delivery in it is the message's.
    private static async Task<(int Items, int Deliveries, int Processed)> WrittenAsync(NotificationHarness notification, Guid messageId) =>
        await notification.InScopeAsync(async db => (
            await db.InboxItems.CountAsync(i => i.SourceMessageId == messageId),
            await db.Deliveries.CountAsync(),
            await db.ProcessedMessages.CountAsync(p => p.MessageId == messageId)));

    private static DirectoryUser Person(string userId, string role, string? departmentId, string? departmentName, string? email = null) => new()
    {
        UserId = userId, DisplayName = userId, Role = role, DepartmentId = departmentId, DepartmentName = departmentName, Region = Region,
        Email = email, Active = true, ChangedAt = Now.UtcDateTime,
    };
}
