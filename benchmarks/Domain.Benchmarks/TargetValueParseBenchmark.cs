using BenchmarkDotNet.Attributes;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>(a) TargetValueParser.Parse over every 指标值 text of the five seeds; one operation parses them all.</summary>
public class TargetValueParseBenchmark
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. SeedCorpus.ValueTexts];
        Console.WriteLine($"// workload (a): {_texts.Length} 指标值 texts of {SeedCorpus.AllIndicators.Count} indicators in {SeedCorpus.IndicatorLists.Count} lists");
    }

    [Benchmark(Description = "(a) parse all seed 指标值")]
    public int ParseAllSeedValues()
    {
        var quantitative = 0;
        foreach (var text in _texts)
        {
            if (TargetValueParser.Parse(text).IsQuantitative)
            {
                quantitative++;
            }
        }

        return quantitative;
    }
}
