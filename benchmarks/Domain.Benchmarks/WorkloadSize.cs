using BenchmarkDotNet.Running;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>How many indicators one operation of a benchmark case handles; turns ops/s into indicators/s.</summary>
public static class WorkloadSize
{
    public static int IndicatorsPerOperation(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var type = benchmarkCase.Descriptor.Type;
        if (type == typeof(TargetValueParseBenchmark) || type == typeof(IndicatorValidateBenchmark))
        {
            return SeedCorpus.AllIndicators.Count;
        }

        if (type == typeof(SelfEvaluationScoreBenchmark))
        {
            return (int)benchmarkCase.Parameters[nameof(SelfEvaluationScoreBenchmark.N)]!;
        }

        if (type == typeof(SeedImportBenchmark))
        {
            return SeedCorpus.IndicatorCount((string)benchmarkCase.Parameters[nameof(SeedImportBenchmark.Seed)]!);
        }

        return 0;
    }
}
