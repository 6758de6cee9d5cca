namespace PerfWorkflow.Timers.Benchmarks;

/// <summary>"Now" held still, so the same rows are due in every repetition.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
