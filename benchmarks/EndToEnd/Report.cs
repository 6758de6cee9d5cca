using System.Globalization;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>The run's figures as a Markdown section for docs/benchmarks.md.</summary>
public static class Report
{
    public static void Print(TextWriter o, BenchmarkOptions options, Measurements max, TimeSpan maxElapsed, Measurements half, TimeSpan halfElapsed, double? raw)
    {
        string F(double v) => double.IsNaN(v) ? "—" : v.ToString("F1", CultureInfo.InvariantCulture);
        var maxRate = max.Transitions / maxElapsed.TotalSeconds;
        var halfRate = half.Transitions / halfElapsed.TotalSeconds;
        var (p50, p95, p99) = max.LatencyPercentiles();
        var (h50, h95, h99) = half.LatencyPercentiles();
        var (l50, _, l99) = max.LagPercentiles();
        var (hl50, _, hl99) = half.LagPercentiles();

        o.WriteLine($"### {options.Label}");
        o.WriteLine();
        o.WriteLine($"{options.Filings} filings (closed loop, {options.Users} users) then {options.Filings / 2} (open loop at half the rate), {options.Departments} departments; a transition is one submit or one approval.");
        o.WriteLine();
        o.WriteLine("| phase | transitions | failures | transitions/s | latency p50 / p95 / p99 (ms) | event→inbox p50 / p99 (ms, samples) |");
        o.WriteLine("|---|---|---|---|---|---|");
        o.WriteLine($"| max ({options.Users} users) | {max.Transitions} | {max.Failures} | {F(maxRate)} | {F(p50)} / {F(p95)} / {F(p99)} | {F(l50)} / {F(l99)} ({max.LagSamples}) |");
        o.WriteLine($"| half load (open loop) | {half.Transitions} | {half.Failures} | {F(halfRate)} | {F(h50)} / {F(h95)} / {F(h99)} | {F(hl50)} / {F(hl99)} ({half.LagSamples}) |");
        o.WriteLine();
        if (raw is { } commits)
        {
            o.WriteLine($"Raw PostgreSQL single-INSERT commits with {options.Users} clients: {F(commits)}/s; our transitions are {F(100 * maxRate / commits)} % of it.");
            o.WriteLine();
        }

        foreach (var (name, pid) in options.Processes)
        {
            o.WriteLine($"- {name}: peak memory {(PeakMemory.OfProcess(pid) is { } mib ? F(mib) + " MiB" : "—")}, CPU time over the whole run {(PeakMemory.CpuSeconds(pid) is { } cpu ? F(cpu) + " s" : "—")}");
        }

        o.WriteLine($"- benchmark driver (HTTP client): CPU time {F(Environment.ProcessorCount > 0 ? System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds : double.NaN)} s");

        o.WriteLine();
    }
}
