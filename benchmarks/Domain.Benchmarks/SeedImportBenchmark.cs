using BenchmarkDotNet.Attributes;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>(d) A whole seed through the upload entry point: decode, recognise, text import.</summary>
public class SeedImportBenchmark
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Seeds => SeedCorpus.SeedNames;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = SeedCorpus.Bytes(Seed);

    [Benchmark(Description = "(d) import one seed (text)")]
    public FormKind Import() => FormDocumentImporter.Import(_bytes).Kind;
}
