namespace PerfWorkflow.Documents.Tests;

/// <summary>The five real filings (services/Host/DemoData), copied beside the tests by the build.</summary>
internal static class Seed
{
    public const string Declaration000 = "1-tianhe-science-park.declaration.txt";
    public const string Report001 = "2-suigang-park.self-evaluation-report-2022.txt";
    public const string ProjectTable002 = "3-suigang-park.project-table.txt";
    public const string SelfEvaluation003 = "4-tianhe-cbd.self-evaluation-table-2021.txt";
    public const string Declaration004 = "5-panyu-industry-bureau.declaration.txt";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", name));
}
