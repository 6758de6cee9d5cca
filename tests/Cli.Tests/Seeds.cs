namespace PerfWorkflow.Cli.Tests;

/// <summary>File names of the five real filings linked beside the tests.</summary>
internal static class Seeds
{
    public const string Declaration000 = "1-tianhe-science-park.declaration.txt";
    public const string Report001 = "2-suigang-park.self-evaluation-report-2022.txt";
    public const string ProjectTable002 = "3-suigang-park.project-table.txt";
    public const string SelfEvaluation003 = "4-tianhe-cbd.self-evaluation-table-2021.txt";
    public const string Declaration004 = "5-panyu-industry-bureau.declaration.txt";
}
