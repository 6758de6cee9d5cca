using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Integration.Tests.Infrastructure;
using PerfWorkflow.Workflow;
using PerfWorkflow.Workflow.Calendars;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// Lazy planning on PostgreSQL: only the rung of a ladder that can fire next is stored, and the sweep that fires it
/// arms the next one in the same transaction. A sweep that dies before its commit (a failing commit, or a replica
/// killed after its claim) leaves the fired rung pending and no successor, so the next sweep does it all once.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class LazyPlanningTransactionTests
{
    // 申报 2027 due Tue 15 Dec 2026 (see CatchUpRaceTests for the dates by hand): 7 days before Tue 8 Dec, 3 days before
    // Fri 11 Dec; after the due date overdue ticks Fri 18 and Mon 21 Dec, escalation Tue 22 Dec, third tick Thu 24 Dec.
    private static readonly DateTimeOffset OpenedAt = YearScenario.Local("2026-10-01 10:00");
    private static readonly Guid FilingId = Guid.Parse("00000000-0000-4000-8000-00000000b001");
    private static readonly string Prefix = $"{FilingId:D}:declaration:";

    [Fact]
    public async Task A_fired_reminder_and_the_next_one_it_arms_commit_together_so_a_failed_commit_loses_neither()
    {
        await using var backends = await IsolatedBackends.CreateAsync();
        await OpenFilingAsync(backends.ConnectionString);
        Assert.Equal([(Prefix + "reminder-before:7", "pending")], await LadderAsync(backends.ConnectionString));

        var at = YearScenario.Local("2026-12-08 09:00");
        await using (var failing = Context(backends.ConnectionString, new FailingCommit()))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => Sweeper(failing, at).SweepOnceAsync(CancellationToken.None));
        }

        Assert.Equal([(Prefix + "reminder-before:7", "pending")], await LadderAsync(backends.ConnectionString));
        Assert.Empty(await OutboxAsync(backends.ConnectionString));

        await using (var db = Context(backends.ConnectionString))
        {
            Assert.Equal(1, await Sweeper(db, at).SweepOnceAsync(CancellationToken.None));
        }

        Assert.Equal([(Prefix + "reminder-before:3", "pending"), (Prefix + "reminder-before:7", "fired")], await LadderAsync(backends.ConnectionString));
        var reminder = Assert.IsType<DeadlineApproaching>(Assert.Single(await OutboxAsync(backends.ConnectionString)));
        Assert.Equal((7, Prefix + "reminder-before:7", false), (reminder.DaysLeft, reminder.TimerKey, reminder.IsLate));
    }

    [Fact]
    public async Task A_replica_killed_after_claiming_the_one_stored_rung_loses_nothing_and_catch_up_sends_only_the_latest_reminder()
    {
        await using var backends = await IsolatedBackends.CreateAsync();
        await OpenFilingAsync(backends.ConnectionString);
        var backAt = YearScenario.Local("2026-12-23 10:00");

        // Replica X claims the stored rung (7 days left) and is killed before it writes anything more.
        var pause = new PauseAfterFirstQuery();
        using var kill = new CancellationTokenSource();
        await using (var dbX = Context(backends.ConnectionString, pause))
        {
            var replicaX = Task.Run(() => Sweeper(dbX, backAt).SweepOnceAsync(kill.Token));
            await pause.Paused.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // While X holds the row, replica Y skips it (SKIP LOCKED) and finds nothing else to do.
            await using (var dbY = Context(backends.ConnectionString))
            {
                Assert.Equal(0, await Sweeper(dbY, backAt).SweepOnceAsync(CancellationToken.None));
            }

            await kill.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => replicaX);
        }

        Assert.Equal([(Prefix + "reminder-before:7", "pending")], await LadderAsync(backends.ConnectionString));

        await using (var dbY = Context(backends.ConnectionString))
        {
            await Sweeper(dbY, backAt).SweepOnceAsync(CancellationToken.None);
            Assert.Equal(0, await Sweeper(dbY, backAt).SweepOnceAsync(CancellationToken.None));
        }

        var ladder = await LadderAsync(backends.ConnectionString);
        Assert.Equal(
            [
                (Prefix + "due:0", "cancelled"), (Prefix + "escalation:1", "fired"), (Prefix + "overdue-repeat:1", "cancelled"),
                (Prefix + "overdue-repeat:2", "fired"), (Prefix + "overdue-repeat:3", "pending"), (Prefix + "reminder-before:1", "cancelled"),
                (Prefix + "reminder-before:3", "cancelled"), (Prefix + "reminder-before:7", "cancelled"),
            ],
            ladder);
        var events = await OutboxAsync(backends.ConnectionString);
        var missed = Assert.IsType<DeadlineMissed>(Assert.Single(events, e => e is DeadlineApproaching or DeadlineMissed));
        Assert.Equal((2, true), (missed.OverdueTick, missed.IsLate));
        Assert.Single(events.OfType<DeadlineEscalated>());
    }

    private static async Task OpenFilingAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db, typeof(WorkflowDbContext).Assembly, CancellationToken.None);
        var options = Options();
        var timetables = new FilingTimetables(db, Store(db, OpenedAt), options);
        var ladder = new DeadlineLadder(db, timetables, Calendars(), options, new TimerCancellations(db), NullLogger<DeadlineLadder>.Instance);
        var scheduler = new DeadlineScheduler(db, timetables, ladder, Calendars(), NullLogger<DeadlineScheduler>.Instance);
        await scheduler.StageOpenedAsync(new FilingStage(FilingId, "d0001", 2027, CycleStage.Declaration), OpenedAt, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private static async Task<List<(string Key, string Status)>> LadderAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        return (await db.Timers.AsNoTracking().Where(t => t.FilingId == FilingId).Select(t => new { t.Key, t.Status }).ToListAsync())
            .Select(t => (t.Key, t.Status)).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
    }

    private static async Task<List<object>> OutboxAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        return (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync()).Select(m => OutboxSerializer.FromOutbox(m).Message).ToList();
    }

    private static TimerSweeper Sweeper(WorkflowDbContext db, DateTimeOffset now)
    {
        var time = new FixedTime(now);
        var options = Options();
        var successions = new LadderSuccessions(db, Store(db, now), Calendars(), options, NullLogger<LadderSuccessions>.Instance);
        return new TimerSweeper(db, time, options, Calendars(), successions);
    }

    private static WorkflowOptions Options() =>
        new("广州市", CalendarDirectory, TimeSpan.FromMilliseconds(50), 50, TimeSpan.FromMinutes(5), LazyTimers: true);

    private static CycleCalendarStore Store(WorkflowDbContext db, DateTimeOffset now) => new(db, new FixedTime(now), new CycleCalendarCache());

    private static WorkflowDbContext Context(string connectionString, IInterceptor? interceptor = null)
    {
        var options = new DbContextOptionsBuilder<WorkflowDbContext>().UseNpgsql(connectionString);
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new WorkflowDbContext(options.Options);
    }

    private static string CalendarDirectory => Path.Combine(RepositoryPaths.Root, "config", "calendars");

    private static WorkingDayCalendarFiles Calendars() => WorkingDayCalendarFiles.Load(CalendarDirectory, NullLogger.Instance);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
