namespace PerfWorkflow.Timers.Benchmarks;

/// <summary>
/// The figures of one database size: claim query and full sweep times (ms) per repetition, the sweep's CPU time (ms,
/// this process) and managed allocations (bytes) per repetition, and the claim's plan.
/// </summary>
public sealed record SweepResult(
    int Pending,
    int Due,
    TimeSpan LoadTime,
    IReadOnlyList<double> ClaimMs,
    IReadOnlyList<double> SweepMs,
    IReadOnlyList<double> SweepCpuMs,
    IReadOnlyList<long> SweepAllocated,
    string Plan)
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
