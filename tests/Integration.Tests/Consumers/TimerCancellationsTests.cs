using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Integration.Tests.Consumers;

/// <summary>
/// A batch's timer cancellations written together (<see cref="TimerCancellations"/>): on PostgreSQL one statement for
/// all, on SQLite one each. Each cancels exactly the waiting timers of its filing, stage, kinds and step, with its own
/// reason; a fired timer stays fired.
/// </summary>
public sealed class TimerCancellationsTests
{
    private static readonly DateTime Created = new(2027, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Cancellations_of_several_filings_written_together_each_cancel_only_the_waiting_timers_they_name(DatabaseProvider provider)
    {
        await using var database = await TestDatabase<WorkflowDbContext>.CreateAsync(provider, o => new WorkflowDbContext(o));
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var timers = new[]
        {
            Timer(a, "Declaration", TimerKinds.ReminderBefore, 1),
            Timer(a, "Declaration", TimerKinds.Due, 0),
            Timer(a, "Declaration", TimerKinds.Due, 1, TimerStatuses.Fired),
            Timer(a, "Declaration", TimerKinds.ReviewOverdue, 1),
            Timer(a, "Monitoring", TimerKinds.ReminderBefore, 1),
            Timer(b, "Declaration", TimerKinds.ReviewOverdue, 1),
            Timer(b, "Declaration", TimerKinds.ReviewOverdue, 2),
            Timer(b, "Declaration", TimerKinds.Escalation, 0),
        };
        await using (var db = database.NewContext())
        {
            db.Timers.AddRange(timers);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var cancellations = new TimerCancellations(db);
            cancellations.Add(new TimerCancellation(a, "Declaration", TimerKinds.Deadline, null, "submitted"));
            cancellations.Add(new TimerCancellation(b, "Declaration", [TimerKinds.ReviewOverdue], 1, "approved"));
            await cancellations.WriteAsync(CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.Timers.AsNoTracking().ToDictionaryAsync(t => t.Key, t => (t.Status, t.CancelReason));
            Assert.Equal(
                [
                    (TimerStatuses.Cancelled, "submitted"),
                    (TimerStatuses.Cancelled, "submitted"),
                    (TimerStatuses.Fired, null),
                    (TimerStatuses.Pending, null),
                    (TimerStatuses.Pending, null),
                    (TimerStatuses.Cancelled, "approved"),
                    (TimerStatuses.Pending, null),
                    (TimerStatuses.Pending, null),
                ],
                timers.Select(t => stored[t.Key]).ToArray());
        }
    }

    private static TimerRecord Timer(Guid filing, string stage, string kind, int number, string status = TimerStatuses.Pending) => new()
    {
        Key = $"{filing}:{stage}:{kind}:{number}",
        FilingId = filing,
        DepartmentId = "d0001",
        FiscalYear = 2027,
        Stage = stage,
        Kind = kind,
        Number = number,
        FireAt = Created.AddDays(number + 1),
        Status = status,
        FiredAt = status == TimerStatuses.Fired ? Created : null,
        CreatedAt = Created,
    };
}
