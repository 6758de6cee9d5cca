namespace PerfWorkflow.Workflow.Clock;

/// <summary>"Now" for a decision that must not act on a stale virtual time: re-reads the simulated clock first.</summary>
public static class ClockReading
{
    public static async Task<DateTimeOffset> NowAsync(this TimeProvider time, CancellationToken cancellationToken) =>
        time is SimulatedTimeProvider simulated ? await simulated.RefreshAsync(cancellationToken) : time.GetUtcNow();
}
