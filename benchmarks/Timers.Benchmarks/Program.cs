using System.Globalization;
using PerfWorkflow.Timers.Benchmarks;

// Usage: PerfWorkflow.Timers.Benchmarks <npgsql connection string> [repetitions] [all|sweep|ladder]
// Prints a Markdown section for docs/benchmarks.md. benchmarks/run-timers.sh starts a throwaway PostgreSQL for it.
// "sweep": the sweep of 1,000 due among 10,000 / 1,000,000 pending; "ladder": a stage's whole ladder for 1,000
// filings with the whole ladder stored and with lazy planning (issue 12).
var connectionString = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("PERFWF_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Pass a PostgreSQL connection string or set PERFWF_TEST_POSTGRES.");
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
const int Due = 1000;
var part = args.Length > 2 ? args[2] : "all";
var c = CultureInfo.InvariantCulture;

if (part is "all" or "ladder")
{
    var ladders = new List<LadderResult>();
    foreach (var lazy in new[] { false, true, false, true })
    {
        Console.Error.WriteLine($"Ladder of {LadderBench.Filings:N0} filings, {(lazy ? "lazy" : "whole ladder stored")}…");
        ladders.Add(await new LadderBench(connectionString, lazy).RunAsync());
    }

    Console.WriteLine(string.Create(c, $"{LadderBench.Filings:N0} declarations opened, then swept at every rung of the ladder (second run of each mode; first run in brackets):"));
    Console.WriteLine();
    Console.WriteLine("| planning | timer rows after opening | opening: CPU ms | opening: allocated MB | sweeping the ladder: CPU ms | sweeping: allocated MB | events sent | timer rows at the end | fired by kind |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    foreach (var mode in ladders.GroupBy(l => l.Lazy))
    {
        var (first, r) = (mode.First(), mode.Last());
        Console.WriteLine(string.Create(c, $"| {(r.Lazy ? "lazy (next rung)" : "whole ladder")} | {r.RowsAfterOpening:N0} | {r.OpenCpu.TotalMilliseconds:F0} ({first.OpenCpu.TotalMilliseconds:F0}) | {r.OpenAllocated / 1048576.0:F1} ({first.OpenAllocated / 1048576.0:F1}) | {r.SweepCpu.TotalMilliseconds:F0} ({first.SweepCpu.TotalMilliseconds:F0}) | {r.SweepAllocated / 1048576.0:F1} ({first.SweepAllocated / 1048576.0:F1}) | {r.Events:N0} | {r.RowsAtEnd:N0} | {r.EventDigest} |"));
    }

    Console.WriteLine();
    if (part == "ladder")
    {
        return;
    }
}

var results = new List<SweepResult>();
foreach (var pending in new[] { 10_000, 1_000_000 })
{
    Console.Error.WriteLine($"Loading {pending:N0} pending timers ({Due:N0} due)…");
    var result = await new SweepBench(connectionString, pending, Due).RunAsync(repetitions);
    Console.Error.WriteLine($"  claim median {SweepResult.Median(result.ClaimMs):F2} ms, sweep median {SweepResult.Median(result.SweepMs):F1} ms");
    results.Add(result);
}

Console.WriteLine("| pending timers | due | claim query (500 rows), median ms | claim min–max ms | full sweep of the 1,000 due (2 batches, fire + outbox), median ms | min–max ms | sweep CPU, median ms | sweep allocated, median MB | load (COPY) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    Console.WriteLine(string.Create(c, $"| {r.Pending:N0} | {r.Due:N0} | {SweepResult.Median(r.ClaimMs):F2} | {r.ClaimMs.Min():F2}–{r.ClaimMs.Max():F2} | {SweepResult.Median(r.SweepMs):F1} | {r.SweepMs.Min():F1}–{r.SweepMs.Max():F1} | {SweepResult.Median(r.SweepCpuMs):F0} | {SweepResult.Median([.. r.SweepAllocated.Select(b => b / 1048576.0)]):F1} | {r.LoadTime.TotalSeconds:F1} s |"));
}

foreach (var r in results)
{
    Console.WriteLine();
    Console.WriteLine(string.Create(c, $"EXPLAIN (ANALYZE, BUFFERS) of the claim with {r.Pending:N0} pending:"));
    Console.WriteLine();
    Console.WriteLine("```");
    Console.WriteLine(r.Plan);
    Console.WriteLine("```");
}
