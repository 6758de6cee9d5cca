using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Workflow.Clock;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>Simulation mode: "now" is the workflow_sim_clock row, shared by every process reading it, never backwards.</summary>
public sealed class SimulatedClockTests
{
    [Fact]
    public async Task The_simulated_clock_starts_at_the_configured_instant_follows_the_row_and_never_runs_backwards()
    {
        await using var workflow = await WorkflowHarness.StartAsync(ManualClock.Local("2026-09-30T00:00"));
        var start = ManualClock.Local("2026-10-01T00:00");
        var scopes = await workflow.QueryAsync(sp => Task.FromResult(sp.GetRequiredService<IServiceScopeFactory>()));
        var first = new SimulatedTimeProvider(scopes, start);
        var second = new SimulatedTimeProvider(scopes, ManualClock.Local("2030-01-01T00:00"));

        Assert.False(first.HasReading);
        Assert.Equal(start, await first.RefreshAsync(default));
        Assert.Equal(start, await second.RefreshAsync(default));   // the row exists: the second's own start is ignored

        await SetRowAsync(workflow, ManualClock.Local("2027-03-01T09:00"));
        Assert.Equal(ManualClock.Local("2027-03-01T09:00"), await first.RefreshAsync(default));
        Assert.Equal(ManualClock.Local("2027-03-01T09:00"), first.GetUtcNow());

        await SetRowAsync(workflow, ManualClock.Local("2027-02-01T09:00"));
        Assert.Equal(ManualClock.Local("2027-03-01T09:00"), await first.RefreshAsync(default));
    }

    private static Task SetRowAsync(WorkflowHarness workflow, DateTimeOffset now) =>
        workflow.QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().SimulatedClock
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Now, now.UtcDateTime)));
}
