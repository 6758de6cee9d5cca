using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PerfWorkflow.Domain.Benchmarks;

// A short job in process: the code measured is pure CPU work without shared state, and building a second generated
// project per run would cost more than the whole measurement on the 2-core build box. Ten iterations instead of
// ShortRun's three, because the box is shared and three samples give error bars wider than the means.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.ShortRun.WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short10-InProcess"))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.OperationsPerSecond, new IndicatorThroughputColumn(perSecond: false), new IndicatorThroughputColumn(perSecond: true))
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromAssembly(typeof(SeedCorpus).Assembly).Run(args, config);
