using System.Collections.Concurrent;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>Latencies of every transition and event-to-inbox lags, collected from many workers at once.</summary>
public sealed class Measurements
{
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentBag<double> _lags = [];
    private int _failures;

    public int Transitions => _latencies.Count;
    public int Failures => _failures;

    public void Transition(TimeSpan latency) => _latencies.Add(latency.TotalMilliseconds);

    public void Failure() => Interlocked.Increment(ref _failures);

    public void Lag(TimeSpan lag) => _lags.Add(lag.TotalMilliseconds);

    public (double P50, double P95, double P99) LatencyPercentiles() => Percentiles(_latencies);

    public (double P50, double P95, double P99) LagPercentiles() => Percentiles(_lags);

    public int LagSamples => _lags.Count;

    private static (double, double, double) Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (At(0.50), At(0.95), At(0.99));
    }
}
