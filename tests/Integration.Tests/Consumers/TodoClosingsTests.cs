using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Integration.Tests.Infrastructure;
using PerfWorkflow.Notification.Messaging;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Integration.Tests.Consumers;

/// <summary>
/// A batch's to-do closings written together (<see cref="TodoClosings"/>): on PostgreSQL one statement for all, on
/// SQLite one each. Either way each closing closes exactly the open to-dos its own filters name, at its own instant.
/// </summary>
public sealed class TodoClosingsTests
{
    private static readonly DateTime Created = new(2027, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Closings_of_several_filings_written_together_each_close_only_the_open_todos_their_filters_name(DatabaseProvider provider)
    {
        await using var database = await TestDatabase<NotificationDbContext>.CreateAsync(provider, o => new NotificationDbContext(o));
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var items = new Dictionary<string, InboxItem>
        {
            ["a-step1-u1"] = Item(a, "u1", InboxKinds.ReviewRequested, "Declaration", 1),
            ["a-step2-u2"] = Item(a, "u2", InboxKinds.ReviewRequested, "Declaration", 2),
            ["a-returned"] = Item(a, "filer", InboxKinds.Returned, "Declaration", null),
            ["a-monitoring"] = Item(a, "u2", InboxKinds.ReviewRequested, "Monitoring", 2),
            ["a-notice"] = Item(a, "u2", InboxKinds.Approved, "Declaration", 2, isTodo: false),
            ["b-r1"] = Item(b, "filer", InboxKinds.Rectification, "Rectification", null, "rectification-1"),
            ["b-r2"] = Item(b, "filer", InboxKinds.Rectification, "Rectification", null, "rectification-2"),
            ["b-r1-review"] = Item(b, "bureau", InboxKinds.RectificationReview, "Rectification", null, "rectification-1"),
            ["c-u1"] = Item(c, "u1", InboxKinds.ReviewRequested, "Declaration", 1),
            ["c-u2"] = Item(c, "u2", InboxKinds.ReviewRequested, "Declaration", 1),
        };
        await using (var db = database.NewContext())
        {
            db.InboxItems.AddRange(items.Values);
            await db.SaveChangesAsync();
        }

        var (atA, atB, atC) = (Created.AddHours(1), Created.AddHours(2), Created.AddHours(3));
        await using (var db = database.NewContext())
        {
            var closings = new TodoClosings(db);
            closings.Add(new TodoClosing(a, "Declaration", 2, null, atA));
            closings.Add(new TodoClosing(b, "Rectification", null, null, atB, [InboxKinds.Rectification, InboxKinds.RectificationRejected], "rectification-1"));
            closings.Add(new TodoClosing(c, "Declaration", 1, "u2", atC));
            await closings.WriteAsync(CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            var done = await db.InboxItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.DoneAt);
            var actual = items.ToDictionary(i => i.Key, i => done[i.Value.Id]);
            Assert.Equal(new Dictionary<string, DateTime?>
            {
                ["a-step1-u1"] = null,
                ["a-step2-u2"] = atA,
                ["a-returned"] = atA,
                ["a-monitoring"] = null,
                ["a-notice"] = Created,
                ["b-r1"] = atB,
                ["b-r2"] = null,
                ["b-r1-review"] = null,
                ["c-u1"] = null,
                ["c-u2"] = atC,
            }, actual);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_closed_todo_keeps_the_instant_it_was_first_closed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase<NotificationDbContext>.CreateAsync(provider, o => new NotificationDbContext(o));
        var filing = Guid.NewGuid();
        var item = Item(filing, "u1", InboxKinds.ReviewRequested, "Declaration", 1);
        await using (var db = database.NewContext())
        {
            db.InboxItems.Add(item);
            await db.SaveChangesAsync();
        }

        foreach (var at in new[] { Created.AddHours(1), Created.AddHours(2) })
        {
            await using var db = database.NewContext();
            var closings = new TodoClosings(db);
            closings.Add(new TodoClosing(filing, null, null, null, at));
            await closings.WriteAsync(CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(Created.AddHours(1), (await db.InboxItems.AsNoTracking().SingleAsync()).DoneAt);
        }
    }

    private static InboxItem Item(Guid filing, string user, string kind, string stage, int? step, string? reference = null, bool isTodo = true) => new()
    {
        Id = Guid.NewGuid(),
        UserId = user,
        SourceMessageId = Guid.NewGuid(),
        Kind = kind,
        FilingId = filing,
        DepartmentId = "d0001",
        FiscalYear = 2027,
        Stage = stage,
        Step = step,
        Title = "待审核",
        Body = "正文",
        IsTodo = isTodo,
        CreatedAt = Created,
        DoneAt = isTodo ? null : Created,
        Reference = reference,
    };
}
