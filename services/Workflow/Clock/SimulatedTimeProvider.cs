using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Clock;

/// <summary>
/// Simulation mode (<c>Clock:Mode=Simulated</c>): "now" is the row of <c>workflow_sim_clock</c>, so several Workflow
/// processes share one virtual time that a test (or a demo) advances with an UPDATE. <see cref="GetUtcNow"/> must be
/// synchronous and cheap, so it returns the last value read; <see cref="SimulatedClockRefresher"/> re-reads it
/// continually, and whatever must act on the very latest value (the timer sweep, the extension endpoint) calls
/// <see cref="RefreshAsync"/> first. Virtual time never runs backwards in one process.
/// Only "now" is virtual: delays and timers (<see cref="TimeProvider.CreateTimer"/>) still run on real time, which is
/// what lets a test run a fiscal year in a minute.
/// </summary>
public sealed class SimulatedTimeProvider(IServiceScopeFactory scopes, DateTimeOffset? start) : TimeProvider
{
    private long _utcTicks = DateTimeOffset.MinValue.UtcTicks;

    public bool HasReading => Interlocked.Read(ref _utcTicks) != DateTimeOffset.MinValue.UtcTicks;

    public override DateTimeOffset GetUtcNow()
    {
        var ticks = Interlocked.Read(ref _utcTicks);
        return ticks == DateTimeOffset.MinValue.UtcTicks
            ? throw new InvalidOperationException("The simulated clock has not been read yet (workflow_sim_clock).")
            : new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public async Task<DateTimeOffset> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var row = await db.SimulatedClock.AsNoTracking().SingleOrDefaultAsync(c => c.Id == 1, cancellationToken);
        if (row is null)
        {
            var initial = start ?? throw new InvalidOperationException(
                "Clock:Mode is Simulated but workflow_sim_clock is empty and Clock:SimulatedStart is not set.");
            db.SimulatedClock.Add(new SimulatedClockRow { Id = 1, Now = initial.UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Another replica wrote the first row at the same moment; its value stands.
            }

            row = await db.SimulatedClock.AsNoTracking().SingleAsync(c => c.Id == 1, cancellationToken);
        }

        var read = new DateTimeOffset(DateTime.SpecifyKind(row.Now, DateTimeKind.Utc)).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _utcTicks);
            if (read <= current)
            {
                return new DateTimeOffset(current, TimeSpan.Zero);
            }
        }
        while (Interlocked.CompareExchange(ref _utcTicks, read, current) != current);

        return new DateTimeOffset(read, TimeSpan.Zero);
    }
}
