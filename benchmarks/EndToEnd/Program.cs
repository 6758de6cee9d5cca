using System.Globalization;
using PerfWorkflow.EndToEnd.Benchmarks;

// Usage: dotnet PerfWorkflow.EndToEnd.Benchmarks.dll --filing URL [--notification URL] [--filings N] [--users M]
//        [--departments D] [--postgres CONN] [--prefill N] [--pids name=pid,...] [--label TEXT]
var options = BenchmarkOptions.Parse(args);
var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var filing = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Filing, Timeout = TimeSpan.FromSeconds(60) };
using var notification = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Notification, Timeout = TimeSpan.FromSeconds(60) };
var office = await Api.SignInAsync(filing, options.AdminUser, options.AdminPassword);
var finance = await Api.SignInAsync(filing, "finance-1", options.AdminPassword);

if (options.Prefill > 0)
{
    Console.Error.WriteLine($"[{options.Label}] prefilling {options.Prefill} filings of earlier years …");
    await Prefill.RunAsync(options, office, options.Prefill, Console.Error);
}

Console.Error.WriteLine($"[{options.Label}] preparing {options.Filings} + {options.Filings / 2} filings over {options.Departments} departments …");
var full = await Workload.PrepareAsync(options, filing, office);
var half = await Workload.PrepareAsync(options with { Filings = options.Filings / 2 }, filing, office);
var warmUp = await Workload.PrepareAsync(options with { Filings = Math.Max(20, options.Filings / 10) }, filing, office);

// Unmeasured: the approval paths run first as in a service that has been up a while (methods compiled at their final
// tier, pools and caches filled). Without it, the first seconds of the measured loop paid for that, unevenly between
// runs (a service's CPU per transition differed by up to 40 % between runs of the same code).
Console.Error.WriteLine($"[{options.Label}] warm-up: {warmUp.Filings.Count} filings through the chain, not measured …");
var peopleOf = (Workload w) => (Func<string, Api>)(id => w.People[id].On(notification));
await new Driver(warmUp, finance, office, peopleOf(warmUp)).ClosedLoopAsync(warmUp.Filings, options.Users);

Console.Error.WriteLine($"[{options.Label}] closed loop with {options.Users} users …");
var statements = options.Postgres is not null && await StatementTimes.ResetAsync(options.Postgres);
var maxFrom = DateTime.UtcNow;
var cpuBefore = CpuUse.Read(options.Processes);
var (max, maxElapsed) = await new Driver(full, finance, office, peopleOf(full)).ClosedLoopAsync(full.Filings, options.Users);
var maxTo = DateTime.UtcNow;
// The closed loop has waited for its sampled inbox items, so the consumers have (nearly) caught up: the readings
// bracket what the phase's transitions cost every process.
var maxCpu = CpuUse.Read(options.Processes).Since(cpuBefore);
var statementReport = new StringWriter();
if (statements)
{
    await StatementTimes.PrintAsync(statementReport, options.Postgres!, max.Transitions);
    await StatementTimes.PrintAsync(Console.Error, options.Postgres!, max.Transitions, top: 200);
}
var maxRate = max.Transitions / maxElapsed.TotalSeconds;

Console.Error.WriteLine($"[{options.Label}] open loop at half that rate ({maxRate / 2:F0}/s) …");
var halfFrom = DateTime.UtcNow;
var (halfLoad, halfElapsed) = await new Driver(half, finance, office, peopleOf(half)).OpenLoopAsync(half.Filings, maxRate / 2);
var halfTo = DateTime.UtcNow;

double? raw = null;
IReadOnlyList<StageTime> maxStages = [], halfStages = [];
if (options.Postgres is not null)
{
    Console.Error.WriteLine($"[{options.Label}] raw PostgreSQL commit rate with {options.Users} clients …");
    raw = await RawCommitRate.MeasureAsync(options.Postgres, options.Users, TimeSpan.FromSeconds(10));
    maxStages = await StageTimes.ReadAsync(options.Postgres, maxFrom, maxTo);
    halfStages = await StageTimes.ReadAsync(options.Postgres, halfFrom, halfTo);
}

Report.Print(Console.Out, options, max, maxElapsed, halfLoad, halfElapsed, raw);
Report.PrintCpu(Console.Out, maxCpu, max.Transitions, maxElapsed);
Report.PrintStages(Console.Out, maxStages, halfStages);
Console.Out.Write(statementReport);
