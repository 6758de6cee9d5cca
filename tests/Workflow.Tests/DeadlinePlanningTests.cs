using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Workflow.Persistence;
using static PerfWorkflow.Workflow.Tests.Scenario;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>Planning and cancelling as Filing's events arrive, fired by the sweep on a manual clock (FY 2027, 申报 due 2026-12-15).</summary>
public sealed class DeadlinePlanningTests
{
    private static readonly DateTimeOffset Opened = ManualClock.Local("2026-10-01T10:00");

    [Fact]
    public async Task A_new_filing_arms_only_the_first_rung_of_the_declaration_ladder_and_asks_to_open_the_later_stages_on_their_dates()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));

        var pending = Pending(await workflow.TimersAsync());
        var expected = new Dictionary<string, string>
        {
            [Key("reminder-before:7")] = "2026-12-08 09:00",
            [Key("open-stage:0", "monitoring")] = "2027-07-01 00:00",
            [Key("open-stage:0", "self-evaluation")] = "2028-01-01 00:00",
        };
        Assert.Equal(expected.OrderBy(e => e.Key), pending.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Sweeping_at_each_rung_fires_the_whole_ladder_the_domain_plans_each_rung_arming_the_next()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));
        var plan = LadderOf(FilingId);
        Assert.Equal("2026-12-11 09:00", LocalText(plan.Single(t => t.Key == Key("reminder-before:3")).FireAt.UtcDateTime));   // Saturday the 12th → Friday
        Assert.Equal("2026-12-22 09:00", LocalText(plan.Single(t => t.Key == Key("escalation:1")).FireAt.UtcDateTime));        // 5 working days after Tue 15 Dec

        for (var i = 0; i < plan.Count; i++)
        {
            workflow.Clock.Set(plan[i].FireAt);
            Assert.Equal(1, await workflow.SweepAsync());
            Assert.Equal(plan[i].Key, KeysOf(await workflow.OutboxAsync()).Last());
            var ladderPending = Pending((await workflow.TimersAsync()).Where(t => t.Kind != TimerKinds.OpenStage));
            Assert.Equal(i + 1 < plan.Count ? [plan[i + 1].Key] : [], ladderPending.Keys);
        }

        Assert.Equal(plan.Select(t => t.Key), KeysOf(await workflow.OutboxAsync()));
        Assert.All(await workflow.OutboxAsync(), e => Assert.False(e is DeadlineApproaching { IsLate: true } or DeadlineMissed { IsLate: true } or DeadlineEscalated { IsLate: true }));
    }

    [Fact]
    public async Task Each_due_timer_fires_once_with_its_event_in_the_outbox_and_a_second_sweep_finds_nothing()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));

        workflow.Clock.Set(ManualClock.Local("2026-12-08T09:00"));
        Assert.Equal(1, await workflow.SweepAsync());
        Assert.Equal(0, await workflow.SweepAsync());

        var reminder = Assert.IsType<DeadlineApproaching>(Assert.Single(await workflow.OutboxAsync()));
        Assert.Equal((7, new DateOnly(2026, 12, 15), false), (reminder.DaysLeft, reminder.DueDate, reminder.IsLate));
        Assert.Equal(["role:filer@d01"], reminder.Recipients);
        var row = (await workflow.TimersAsync()).Single(t => t.Key == Key("reminder-before:7"));
        Assert.Equal((TimerStatuses.Fired, false), (row.Status, row.Late));
    }

    [Fact]
    public async Task Submitting_cancels_the_filers_reminders_and_the_escalation_so_nothing_fires_after_the_due_date()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));
        workflow.Clock.Set(ManualClock.Local("2026-12-09T15:00"));
        await workflow.ActAsync(s => s.SubmittedAsync(Declaration(FilingId), "d01-clerk", default));

        workflow.Clock.Set(ManualClock.Local("2027-02-01T09:00"));
        await workflow.SweepAsync();

        var timers = await workflow.TimersAsync();
        Assert.DoesNotContain(timers, t => t.Stage == "Declaration" && t.Status == TimerStatuses.Pending);
        Assert.All(timers.Where(t => t.Stage == "Declaration" && t.Status == TimerStatuses.Cancelled), t => Assert.Equal("submitted", t.CancelReason));
        Assert.Empty(await workflow.OutboxAsync());
    }

    [Fact]
    public async Task A_return_to_the_filer_rearms_only_the_rungs_still_ahead_and_they_go_to_the_person_who_filed()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));
        workflow.Clock.Set(ManualClock.Local("2026-12-09T15:00"));
        await workflow.ActAsync(s => s.SubmittedAsync(Declaration(FilingId), "d01-clerk", default));
        var returnedAt = ManualClock.Local("2026-12-14T11:00");
        workflow.Clock.Set(returnedAt);
        await workflow.ActAsync(s => s.ReturnedAsync(new StageReturn(Declaration(FilingId), 1, null, "d01-clerk", returnedAt), default));

        // 14 Dec 09:00 was before the return: the first rung ahead is the due date's.
        var pending = Pending(await workflow.TimersAsync()).Where(p => !p.Key.Contains("open-stage", StringComparison.Ordinal));
        Assert.Equal([KeyValuePair.Create(Key("due:0"), "2026-12-15 09:00")], pending);

        workflow.Clock.Set(ManualClock.Local("2026-12-15T09:00"));
        await workflow.SweepAsync();
        var due = Assert.IsType<DeadlineApproaching>(Assert.Single(await workflow.OutboxAsync()));
        Assert.Equal(0, due.DaysLeft);
        Assert.Equal(["d01-clerk"], due.Recipients);

        workflow.Clock.Set(ManualClock.Local("2026-12-22T09:00"));
        await workflow.SweepAsync();
        Assert.Equal([Key("due:0"), Key("overdue-repeat:2"), Key("escalation:1")], KeysOf(await workflow.OutboxAsync()));
    }

    [Fact]
    public async Task A_review_step_gets_a_limit_in_working_days_that_approval_of_the_step_cancels()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        var requested = ManualClock.Local("2026-09-29T16:00");   // Tue before 国庆: 30 Sep, 8, 9, Sat 10 Oct (调休), Mon 12 Oct
        var first = Guid.NewGuid();
        await workflow.ActAsync(s => s.ReviewRequestedAsync(new ReviewRequest(first, Declaration(FilingId), 1, ["d01-head", "d01-deputy"], requested), default));
        var timer = Assert.Single(await workflow.TimersAsync());
        Assert.Equal((TimerKinds.ReviewOverdue, "2026-10-13 00:00"), (timer.Kind, LocalText(timer.FireAt)));

        await workflow.ActAsync(s => s.ReviewApprovedAsync(new FilingReviewStep(FilingId, CycleStage.Declaration, 1), "d01-deputy", stepCompleted: false, default));
        workflow.Clock.Set(ManualClock.Local("2026-10-13T00:00"));
        await workflow.SweepAsync();
        var overdue = Assert.IsType<ReviewOverdue>(Assert.Single(await workflow.OutboxAsync()));
        Assert.Equal(["d01-head"], overdue.Recipients);
        Assert.Equal(5, overdue.WorkingDaysAllowed);

        var second = Guid.NewGuid();
        await workflow.ActAsync(s => s.ReviewRequestedAsync(new ReviewRequest(second, Declaration(FilingId), 2, ["finance-1"], ManualClock.Local("2026-10-13T10:00")), default));
        await workflow.ActAsync(s => s.ReviewApprovedAsync(new FilingReviewStep(FilingId, CycleStage.Declaration, 2), "finance-1", stepCompleted: true, default));
        Assert.Equal("approved", (await workflow.TimersAsync()).Single(t => t.Number == 2).CancelReason);
    }

    [Fact]
    public async Task After_downtime_only_the_latest_missed_reminder_goes_out_marked_late_and_the_escalation_too()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));

        // Down from 1 Dec to 23 Dec: 7/3/1 days before, due, two overdue ticks and the escalation all passed unseen.
        workflow.Clock.Set(ManualClock.Local("2026-12-23T10:00"));
        await workflow.SweepAsync();

        var events = await workflow.OutboxAsync();
        Assert.Equal([Key("overdue-repeat:2"), Key("escalation:1")], KeysOf(events).Order(StringComparer.Ordinal).Reverse());
        Assert.All(events, e => Assert.True(e is DeadlineMissed { IsLate: true } or DeadlineEscalated { IsLate: true }));
        var escalated = events.OfType<DeadlineEscalated>().Single();
        Assert.Equal(["supervisor-of:d01", "role:performance-office"], escalated.Recipients);
        var superseded = (await workflow.TimersAsync()).Where(t => t.CancelReason == "superseded").Select(t => t.Key).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "due:0", "overdue-repeat:1", "reminder-before:1", "reminder-before:3", "reminder-before:7" }.Select(k => Key(k)), superseded);
    }

    [Fact]
    public async Task Approval_after_the_next_stages_opening_date_asks_Filing_to_open_it_at_once()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));
        workflow.Clock.Set(ManualClock.Local("2027-07-01T00:00"));
        await workflow.SweepAsync();
        var approvedAt = ManualClock.Local("2027-07-05T10:00");
        workflow.Clock.Set(approvedAt);
        await workflow.ActAsync(s => s.StageApprovedAsync(Declaration(FilingId), "d01-clerk", approvedAt, default));
        await workflow.SweepAsync();

        var opens = (await workflow.OutboxAsync()).OfType<OpenStage>().ToList();
        Assert.Equal(["Monitoring", "Monitoring"], opens.Select(o => o.Stage));
        Assert.Equal(approvedAt, opens[1].OccurredAt);
    }

    private static List<PlannedTimer> LadderOf(Guid filingId)
    {
        var calendar = WorkingDays();
        var deadline = CycleCalendar.Default("测试区", 2027).DeadlineFor(filingId, Department, CycleStage.Declaration, calendar, DeadlineClock.ChinaStandardTime);
        return [.. DeadlinePlanner.Plan(deadline, DeadlineRules.Defaults(calendar)).Timers];
    }

    internal static Domain.Calendar.WorkingDayCalendar WorkingDays()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "calendars");
        var files = Directory.GetFiles(folder, "*.json").Select(f => (Path.GetFileName(f), (string?)File.ReadAllText(f)));
        return Domain.Calendar.WorkingDayCalendarParser.ParseMany(files).Calendar!;
    }
}
