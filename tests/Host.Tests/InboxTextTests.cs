using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Host.Tests.Infrastructure;
using PerfWorkflow.Notification.Messaging;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Host.Tests;

/// <summary>Notification never copies a huge text into inbox items (one event fans out to many inboxes and e-mails).</summary>
public sealed class InboxTextTests(HostApp host) : IClassFixture<HostApp>
{
    [Fact]
    public async Task An_event_with_a_megabyte_of_text_leaves_inbox_items_of_bounded_size()
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<InboxWriter>();
        var huge = new string('评', 1_000_000);
        var entry = new InboxEntry(Guid.NewGuid(), DateTimeOffset.UtcNow, "comment", Guid.NewGuid(), "d1", 2027, "Declaration", null, false, new string('题', 10_000), huge);

        await writer.AddAsync(entry, ["reviewer-1", "reviewer-2"], CancellationToken.None);

        var items = scope.ServiceProvider.GetRequiredService<NotificationDbContext>().ChangeTracker.Entries<InboxItem>().Select(e => e.Entity).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i =>
        {
            Assert.True(i.Body.Length <= InboxWriter.MaxBodyLength, $"body of {i.Body.Length} characters");
            Assert.True(i.Title.Length <= InboxWriter.MaxTitleLength, $"title of {i.Title.Length} characters");
            Assert.StartsWith("评评评", i.Body, StringComparison.Ordinal);
        });
    }
}
