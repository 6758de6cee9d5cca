using System.Globalization;
using PerfWorkflow.Timers.Benchmarks;

// Usage: PerfWorkflow.Timers.Benchmarks <npgsql connection string> [repetitions]
// Prints a Markdown section for docs/benchmarks.md. benchmarks/run-timers.sh starts a throwaway PostgreSQL for it.
var connectionString = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("PERFWF_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Pass a PostgreSQL connection string or set PERFWF_TEST_POSTGRES.");
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
const int Due = 1000;

var results = new List<SweepResult>();
foreach (var pending in new[] { 10_000, 1_000_000 })
{
    Console.Error.WriteLine($"Loading {pending:N0} pending timers ({Due:N0} due)…");
    var result = await new SweepBench(connectionString, pending, Due).RunAsync(repetitions);
    Console.Error.WriteLine($"  claim median {SweepResult.Median(result.ClaimMs):F2} ms, sweep median {SweepResult.Median(result.SweepMs):F1} ms");
    results.Add(result);
}

var c = CultureInfo.InvariantCulture;
Console.WriteLine("| pending timers | due | claim query (500 rows), median ms | claim min–max ms | full sweep of the 1,000 due (2 batches, fire + outbox), median ms | min–max ms | load (COPY) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    Console.WriteLine(string.Create(c, $"| {r.Pending:N0} | {r.Due:N0} | {SweepResult.Median(r.ClaimMs):F2} | {r.ClaimMs.Min():F2}–{r.ClaimMs.Max():F2} | {SweepResult.Median(r.SweepMs):F1} | {r.SweepMs.Min():F1}–{r.SweepMs.Max():F1} | {r.LoadTime.TotalSeconds:F1} s |"));
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
