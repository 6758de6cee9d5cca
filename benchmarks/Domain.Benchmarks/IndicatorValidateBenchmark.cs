using BenchmarkDotNet.Attributes;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>(b) IndicatorValidator over every indicator list of the seeds; one operation validates them all.</summary>
public class IndicatorValidateBenchmark
{
    private IReadOnlyList<IReadOnlyList<IndicatorEntry>> _lists = [];

    [GlobalSetup]
    public void Setup() => _lists = SeedCorpus.IndicatorLists;

    [Benchmark(Description = "(b) validate all seed indicator lists")]
    public int ValidateAllSeedLists()
    {
        var findings = 0;
        foreach (var list in _lists)
        {
            findings += IndicatorValidator.Validate(list).Findings.Count;
        }

        return findings;
    }
}
