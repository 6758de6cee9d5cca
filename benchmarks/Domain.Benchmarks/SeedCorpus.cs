using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>The five real filings (embedded) and the indicator lists they hold, read once per process.</summary>
public static class SeedCorpus
{
    /// <summary>Seeds by their number; the number is what the results table shows.</summary>
    public static readonly string[] SeedNames = ["000", "001", "002", "003", "004"];

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["000"] = "1-tianhe-science-park.declaration.txt",
        ["001"] = "2-suigang-park.self-evaluation-report-2022.txt",
        ["002"] = "3-suigang-park.project-table.txt",
        ["003"] = "4-tianhe-cbd.self-evaluation-table-2021.txt",
        ["004"] = "5-panyu-industry-bureau.declaration.txt",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> SeedBytes = new(() =>
        SeedNames.ToDictionary(name => name, name => Read(Files[name])));

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<IndicatorEntry>>>> Lists = new(() =>
        SeedNames.ToDictionary(name => name, name => IndicatorListsOf(Import(name))));

    public static byte[] Bytes(string seed) => SeedBytes.Value[seed];

    /// <summary>Every indicator list the seeds hold: a declaration's table, each project's row, a 自评表's 关键指标.</summary>
    public static IReadOnlyList<IReadOnlyList<IndicatorEntry>> IndicatorLists =>
        [.. SeedNames.SelectMany(name => Lists.Value[name])];

    public static IReadOnlyList<IndicatorEntry> AllIndicators => [.. IndicatorLists.SelectMany(list => list)];

    public static int IndicatorCount(string seed) => Lists.Value[seed].Sum(list => list.Count);

    /// <summary>Every 指标值 text written: 实施周期, 年度 and, on the 自评表, 实际完成值.</summary>
    public static IReadOnlyList<string> ValueTexts =>
        [.. AllIndicators.SelectMany(i => new[] { i.PeriodTarget, i.AnnualTarget, i.Actual }).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!)];

    public static object Import(string seed)
    {
        var outcome = FormDocumentImporter.Import(Bytes(seed));
        return outcome.Form ?? throw new InvalidOperationException($"seed {seed} did not import: {string.Join("; ", outcome.Notes.Select(n => n.Message))}");
    }

    private static IReadOnlyList<IReadOnlyList<IndicatorEntry>> IndicatorListsOf(object form) => form switch
    {
        DepartmentBudgetDeclaration declaration => [declaration.Indicators],
        ProjectPerformanceTable table => [.. table.Rows.Where(r => r.Indicators.Count > 0).Select(r => r.Indicators)],
        DepartmentSelfEvaluationTable selfEvaluation => [[.. selfEvaluation.Tasks.SelectMany(t => t.Indicators)]],
        _ => [],
    };

    private static byte[] Read(string name)
    {
        using var stream = typeof(SeedCorpus).Assembly.GetManifestResourceStream("Seeds/" + name)
            ?? throw new InvalidOperationException($"embedded seed {name} missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
