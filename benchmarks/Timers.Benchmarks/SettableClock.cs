namespace PerfWorkflow.Timers.Benchmarks;

/// <summary>A clock the benchmark moves from one reminder instant to the next.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
