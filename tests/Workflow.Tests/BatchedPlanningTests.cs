using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;
using PerfWorkflow.Workflow.Timers;
using static PerfWorkflow.Workflow.Tests.Scenario;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>
/// Timer planning in a consumer batch reads the batch's timetables and deadlines once, keeps them across the batch's
/// saves, and cancels timers in one statement at each save (<see cref="FilingTimetables"/>,
/// <see cref="TimerCancellations"/>); none of that may change what a message does.
/// </summary>
public sealed class BatchedPlanningTests
{
    private static readonly DateTimeOffset Opened = ManualClock.Local("2026-10-01T10:00");
    private static readonly DateTimeOffset Submitted = ManualClock.Local("2026-12-09T15:00");
    private static readonly DateTimeOffset Returned = ManualClock.Local("2026-12-14T11:00");
    private static readonly DateTimeOffset Resubmitted = ManualClock.Local("2026-12-14T16:00");

    [Fact]
    public async Task Filings_events_planned_together_in_batches_leave_the_same_timers_deadlines_and_timetables_as_planned_one_by_one()
    {
        var filings = Enumerable.Range(1, 4).Select(i => Guid.Parse($"7c1d0000-0000-4000-8000-00000000010{i}")).ToArray();
        // Each filing opens, is submitted and waits on its head (the request heard twice), is returned to the filer and
        // submitted again; the filings' events interleave.
        var steps = new Func<DeadlineScheduler, Guid, Task>[]
        {
            (s, f) => s.FilingOpenedAsync(Declaration(f), Opened, default),
            (s, f) => s.SubmittedAsync(Declaration(f), "d01-clerk", default),
            (s, f) => s.ReviewRequestedAsync(new ReviewRequest(RequestOf(f, 1), Declaration(f), 1, ["d01-head"], Submitted), default),
            (s, f) => s.ReviewRequestedAsync(new ReviewRequest(RequestOf(f, 1), Declaration(f), 1, ["d01-head"], Submitted), default),
            (s, f) => s.ReturnedAsync(new StageReturn(Declaration(f), 1, null, "d01-filer", Returned), default),
            (s, f) => s.SubmittedAsync(Declaration(f), "d01-filer", default),
            (s, f) => s.ReviewRequestedAsync(new ReviewRequest(RequestOf(f, 2), Declaration(f), 1, ["d01-head"], Resubmitted), default),
        };
        var messages = steps.SelectMany(step => filings.Select(filing => (Filing: filing, Step: step))).ToList();

        await using var oneByOne = await WorkflowHarness.StartAsync(Opened);
        foreach (var (filing, step) in messages)
        {
            await oneByOne.ActAsync(s => step(s, filing));
        }

        await using var batched = await WorkflowHarness.StartAsync(Opened);
        var batches = await batched.QueryAsync(sp => Task.FromResult(sp.GetRequiredService<ConsumerBatches<WorkflowDbContext>>()));
        var work = messages.Select(m => batches.ProcessOnceAsync("timers", Guid.NewGuid(), m.Filing,
            (sp, _) => m.Step(sp.GetRequiredService<DeadlineScheduler>(), m.Filing), CancellationToken.None,
            sp => sp.GetRequiredService<FilingTimetables>().Expect(m.Filing))).ToList();
        Assert.All(await Task.WhenAll(work), Assert.True);

        Assert.Equal(await StateAsync(oneByOne), await StateAsync(batched));
        var timers = await batched.TimersAsync();
        Assert.Contains(timers, t => t.Status == TimerStatuses.Cancelled && t.CancelReason == "submitted");
        Assert.DoesNotContain(timers, t => t.Stage == "Declaration" && t.Kind != TimerKinds.ReviewOverdue && t.Status == TimerStatuses.Pending);
        Assert.Equal(filings.Length * 2, timers.Count(t => t.Kind == TimerKinds.ReviewOverdue));
        Assert.Equal(filings.Length, timers.Count(t => t.Kind == TimerKinds.ReviewOverdue && t.Status == TimerStatuses.Pending));
    }

    private static Guid RequestOf(Guid filing, int round) => new($"{round:D8}-{filing.ToString()[9..]}");

    private static Task<List<string>> StateAsync(WorkflowHarness workflow) => workflow.QueryAsync(async sp =>
    {
        var db = sp.GetRequiredService<WorkflowDbContext>();
        var timers = (await db.Timers.AsNoTracking().ToListAsync()).Select(t => $"timer {t.Key} {t.Status} {t.CancelReason} {t.FireAt:O}");
        var deadlines = (await db.Deadlines.AsNoTracking().ToListAsync()).Select(d => $"deadline {d.FilingId} {d.Stage} {d.AwaitingFiler} {d.OpenedAt:O} {d.DueAt:O}");
        var timetables = (await db.Timetables.AsNoTracking().ToListAsync()).Select(t => $"timetable {t.FilingId} {t.FiledBy} {t.CalendarVersion}");
        return timers.Concat(deadlines).Concat(timetables).Order(StringComparer.Ordinal).ToList();
    });
}
