using Microsoft.EntityFrameworkCore;
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
/// Two Workflow replicas catching up on PostgreSQL after downtime, with the interleaving forced: one replica claims
/// the oldest missed reminder of a deadline and stalls; the other sweeps everything else meanwhile. Catch-up must
/// still send exactly one filer reminder per deadline, the latest, whichever replica ends up sending it.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class CatchUpRaceTests
{
    private static readonly DeadlineClock Clock = DeadlineClock.ChinaStandardTime;

    // 申报 2027 due Tue 15 Dec 2026. By Wed 23 Dec 10:00 (the replicas come back) these were missed, by hand from
    // config/calendars/cn-2026.json: 7 days before Tue 8 Dec; 3 days before Sat 12 Dec -> Fri 11 Dec; 1 day before
    // Mon 14 Dec; due Tue 15 Dec; overdue ticks Fri 18 Dec and Mon 21 Dec; escalation on the 5th working day after the
    // due date, Tue 22 Dec. The latest filer reminder is the second overdue tick.
    private static readonly DateTimeOffset BackAt = YearScenario.Local("2026-12-23 10:00");

    [Fact]
    public async Task Two_replicas_catching_up_at_once_send_only_the_latest_missed_reminder_even_when_one_stalls_after_its_claim()
    {
        await using var backends = await IsolatedBackends.CreateAsync();
        var filingId = Guid.Parse("00000000-0000-4000-8000-00000000a001");
        await SeedAsync(backends.ConnectionString, filingId);

        // Replica X takes one timer per batch: the oldest, "7 days left". It stalls right after claiming it.
        var pause = new PauseAfterFirstQuery();
        await using var dbX = Context(backends.ConnectionString, pause);
        var replicaX = Task.Run(() => Sweeper(dbX, batchSize: 1).SweepOnceAsync(CancellationToken.None));
        await pause.Paused.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Replica Y sweeps until it has nothing more to settle.
        for (var round = 0; round < 10 && await SweepOnceAsync(backends.ConnectionString, batchSize: 50) > 0; round++)
        {
        }

        pause.Resume.SetResult();
        await replicaX.WaitAsync(TimeSpan.FromSeconds(30));

        // Then both sweep on until nothing due is left pending.
        for (var round = 0; await PendingDueAsync(backends.ConnectionString) > 0; round++)
        {
            Assert.True(round < 20, "the replicas settle every due timer");
            await SweepOnceAsync(backends.ConnectionString, batchSize: round % 2 == 0 ? 1 : 50);
        }

        await using var db = Context(backends.ConnectionString);
        var fired = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatuses.Fired).Select(t => t.Key).ToListAsync();
        var prefix = $"{filingId:D}:declaration:";
        Assert.Equal([prefix + "escalation:1", prefix + "overdue-repeat:2"], fired.Order(StringComparer.Ordinal));
        var events = (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync()).Select(m => OutboxSerializer.FromOutbox(m).Message).ToList();
        var reminders = events.Where(e => e is DeadlineApproaching or DeadlineMissed).ToList();
        var missed = Assert.IsType<DeadlineMissed>(Assert.Single(reminders));
        Assert.Equal(2, missed.OverdueTick);
        Assert.EndsWith(":overdue-repeat:2", missed.TimerKey, StringComparison.Ordinal);
        Assert.True(missed.IsLate);
        Assert.Single(events.OfType<DeadlineEscalated>());
    }

    private static async Task SeedAsync(string connectionString, Guid filingId)
    {
        await using var db = Context(connectionString);
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db, typeof(WorkflowDbContext).Assembly, CancellationToken.None);
        var deadline = new FilingDeadline(filingId, "d0001", 2027, CycleStage.Declaration, Clock.DueInstant(new DateOnly(2026, 12, 15)));
        var plan = DeadlinePlanner.Plan(deadline, DeadlineRules.Defaults(Calendars().Calendar!));
        db.Timers.AddRange(plan.Timers.Select(t => TimerRows.New(t, "d0001", 2027, YearScenario.Local("2026-10-01 10:00"))));
        await db.SaveChangesAsync();
        var due = plan.Timers.Where(t => t.FireAt <= BackAt).Select(t => $"{t.Kind}:{t.Number}@{Clock.LocalDate(t.FireAt):MM-dd}").ToList();
        Assert.Equal(["ReminderBefore:7@12-08", "ReminderBefore:3@12-11", "ReminderBefore:1@12-14", "Due:0@12-15", "OverdueRepeat:1@12-18", "OverdueRepeat:2@12-21", "Escalation:1@12-22"], due);
    }

    private static async Task<int> SweepOnceAsync(string connectionString, int batchSize)
    {
        await using var db = Context(connectionString);
        return await Sweeper(db, batchSize).SweepOnceAsync(CancellationToken.None);
    }

    private static async Task<long> PendingDueAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        var now = BackAt.UtcDateTime;
        return await db.Timers.LongCountAsync(t => t.Status == TimerStatuses.Pending && t.FireAt <= now);
    }

    private static TimerSweeper Sweeper(WorkflowDbContext db, int batchSize)
    {
        var time = new FixedTime(BackAt);
        var options = new WorkflowOptions("广州市", CalendarDirectory, TimeSpan.FromMilliseconds(50), batchSize, TimeSpan.FromMinutes(5));
        var calendars = Calendars();
        var successions = new LadderSuccessions(db, new CycleCalendarStore(db, time, new CycleCalendarCache()), calendars, options, NullLogger<LadderSuccessions>.Instance);
        return new TimerSweeper(db, time, options, calendars, successions);
    }

    private static WorkflowDbContext Context(string connectionString, PauseAfterFirstQuery? pause = null)
    {
        var options = new DbContextOptionsBuilder<WorkflowDbContext>().UseNpgsql(connectionString);
        if (pause is not null)
        {
            options.AddInterceptors(pause);
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
