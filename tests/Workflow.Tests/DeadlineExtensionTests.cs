using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Workflow.Persistence;
using static PerfWorkflow.Workflow.Tests.Scenario;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>Extensions by the performance office: audited, re-planned, announced; versions of the cycle calendar.</summary>
public sealed class DeadlineExtensionTests
{
    private static readonly DateTimeOffset Opened = ManualClock.Local("2026-10-01T10:00");
    private static readonly Guid OtherFiling = Guid.Parse("7c1d0000-0000-4000-8000-000000000002");

    [Fact]
    public async Task Extending_one_department_moves_its_reminders_audits_the_reason_and_leaves_the_other_department_alone()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(OtherFiling, "d02"), Opened, default));
        workflow.Clock.Set(ManualClock.Local("2026-12-08T09:00"));
        await workflow.SweepAsync();
        workflow.Clock.Set(ManualClock.Local("2026-12-10T14:00"));
        var otherBefore = Pending(await workflow.TimersAsync()).Where(p => p.Key.StartsWith($"{OtherFiling:D}:", StringComparison.Ordinal)).ToList();

        var outcome = await workflow.ExtendAsync(CycleStage.Declaration, Department, new DateOnly(2026, 12, 31), "机构改革");

        Assert.Equal((1, (int?)null, new DateOnly(2026, 12, 15)), (outcome.FilingsAffected, outcome.CalendarVersion, outcome.OldDueDate));
        var pending = Pending(await workflow.TimersAsync());
        Assert.Equal("2026-12-24 09:00", pending[Key("reminder-before:7:ext1")]);   // fired on 8 Dec, due again: a new key
        Assert.DoesNotContain(Key("reminder-before:7"), pending.Keys);
        Assert.Equal("2026-12-31 09:00", pending[Key("due:0")]);
        Assert.Equal("2026-12-11 09:00", pending[$"{OtherFiling:D}:declaration:reminder-before:3"]);
        Assert.Equal(otherBefore, pending.Where(p => p.Key.StartsWith($"{OtherFiling:D}:", StringComparison.Ordinal)));
        var extended = Assert.IsType<DeadlineExtended>(Assert.Single(await workflow.OutboxAsync(), e => e is DeadlineExtended));
        Assert.Equal((FilingId, new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 31), "机构改革", false), (extended.FilingId, extended.OldDueDate, extended.NewDueDate, extended.Reason, extended.AppliesToAllDepartments));
        var audit = await workflow.QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Extensions.AsNoTracking().SingleAsync());
        Assert.Equal(("perf-office", "机构改革", Department, 1), (audit.GrantedBy, audit.Reason, audit.DepartmentId, audit.FilingsAffected));
    }

    [Fact]
    public async Task Extending_for_all_makes_a_new_calendar_version_that_filings_opened_later_also_follow()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));
        workflow.Clock.Set(ManualClock.Local("2026-12-01T14:00"));

        var outcome = await workflow.ExtendAsync(CycleStage.Declaration, null, new DateOnly(2026, 12, 22), "预算编制推迟");
        var late = ManualClock.Local("2026-12-02T10:00");
        workflow.Clock.Set(late);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(OtherFiling, "d02"), late, default));

        Assert.Equal((1, (int?)2), (outcome.FilingsAffected, outcome.CalendarVersion));
        var pending = Pending(await workflow.TimersAsync());
        Assert.Equal("2026-12-22 09:00", pending[Key("due:0")]);
        Assert.Equal("2026-12-15 09:00", pending[$"{OtherFiling:D}:declaration:reminder-before:7"]);   // 7 days before the new 22 Dec
        var versions = await workflow.QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Timetables.AsNoTracking().Select(t => t.CalendarVersion).ToListAsync());
        Assert.Equal([2, 2], versions);
    }

    [Fact]
    public async Task An_extension_that_does_not_move_the_date_later_is_refused()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Opened);
        await workflow.ActAsync(s => s.FilingOpenedAsync(Declaration(FilingId), Opened, default));

        var refused = await Assert.ThrowsAsync<FilingRuleException>(() => workflow.ExtendAsync(CycleStage.Declaration, Department, new DateOnly(2026, 12, 10)));
        Assert.Contains("必须晚于", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await workflow.OutboxAsync());
    }
}
