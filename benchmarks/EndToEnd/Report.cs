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
        o.WriteLine($"{options.Filings} filings (closed loop, {options.Users} users) then {options.Filings / 2} (open loop at half the rate), {options.Departments} departments; a transition is one submit or one approval."
            + (options.Prefill > 0 ? $" {options.Prefill} filings of earlier years were in the database before the run." : string.Empty));
        o.WriteLine();
        o.WriteLine("| phase | transitions | failures | transitions/s | latency p50 / p95 / p99 (ms) | event→inbox p50 / p99 (ms, samples) |");
        o.WriteLine("|---|---|---|---|---|---|");
        o.WriteLine($"| max ({options.Users} users) | {max.Transitions} | {max.Failures} | {F(maxRate)} | {F(p50)} / {F(p95)} / {F(p99)} | {F(l50)} / {F(l99)} ({max.LagSamples}) |");
        o.WriteLine($"| half load (open loop) | {half.Transitions} | {half.Failures} | {F(halfRate)} | {F(h50)} / {F(h95)} / {F(h99)} | {F(hl50)} / {F(hl99)} ({half.LagSamples}) |");
        o.WriteLine();
        if (raw is { } commits)
        {
            var ratio = 100 * maxRate / commits;
            o.WriteLine($"Raw PostgreSQL single-INSERT commits with {options.Users} clients, measured in this run: {F(commits)}/s; our transitions are {F(ratio)} % of it "
                + $"(target ≥ 15 %: {(ratio >= 15 ? "met" : "not met")}).");
            o.WriteLine();
        }

        foreach (var (name, pid) in options.Processes)
        {
            o.WriteLine($"- {name}: peak memory {(PeakMemory.OfProcess(pid) is { } mib ? F(mib) + " MiB" : "—")}, CPU time over the whole run {(PeakMemory.CpuSeconds(pid) is { } cpu ? F(cpu) + " s" : "—")}");
        }

        o.WriteLine($"- benchmark driver (HTTP client): CPU time {F(Environment.ProcessorCount > 0 ? System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds : double.NaN)} s");

        o.WriteLine();
    }

    /// <summary>CPU each process used during the closed loop, per transition and as a share of the machine's cores.</summary>
    public static void PrintCpu(TextWriter o, IReadOnlyDictionary<string, double> cpu, int transitions, TimeSpan elapsed)
    {
        if (transitions == 0)
        {
            return;
        }

        string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
        o.WriteLine($"CPU during the closed loop ({transitions} transitions in {F(elapsed.TotalSeconds)} s on {Environment.ProcessorCount} cores; set-up not included):");
        o.WriteLine();
        o.WriteLine("| process | CPU s | CPU ms per transition | share of all cores |");
        o.WriteLine("|---|---|---|---|");
        foreach (var (name, seconds) in cpu.OrderByDescending(c => c.Value))
        {
            o.WriteLine($"| {name} | {F(seconds)} | {F(1000 * seconds / transitions)} | {F(100 * seconds / (elapsed.TotalSeconds * Environment.ProcessorCount))} % |");
        }

        var total = cpu.Values.Sum();
        o.WriteLine($"| all | {F(total)} | {F(1000 * total / transitions)} | {F(100 * total / (elapsed.TotalSeconds * Environment.ProcessorCount))} % |");
        o.WriteLine();
    }

    /// <summary>Per-stage times of the events each phase caused (<see cref="StageTimes"/>), when the database was readable.</summary>
    public static void PrintStages(TextWriter o, IReadOnlyList<StageTime> max, IReadOnlyList<StageTime> half)
    {
        if (max.Count == 0 && half.Count == 0)
        {
            return;
        }

        string F(double v) => double.IsNaN(v) ? "—" : v.ToString("F1", CultureInfo.InvariantCulture);
        o.WriteLine("Where an event's time goes, from the services' records (Filing outbox row → broker confirm → each consumer applying it):");
        o.WriteLine();
        o.WriteLine("| stage | max: p50 / p99 (ms, events) | half load: p50 / p99 (ms, events) |");
        o.WriteLine("|---|---|---|");
        foreach (var stage in max.Select(s => s.Stage).Union(half.Select(s => s.Stage)).Order(StringComparer.Ordinal))
        {
            string Cell(IReadOnlyList<StageTime> phase) => phase.FirstOrDefault(s => s.Stage == stage) is { } t ? $"{F(t.P50)} / {F(t.P99)} ({t.Events})" : "—";
            o.WriteLine($"| {stage} | {Cell(max)} | {Cell(half)} |");
        }

        o.WriteLine();
    }
}
