namespace PerfWorkflow.Documents.Tests;

/// <summary>The five real filings copied beside the tests.</summary>
internal static class Seed
{
    public const string Declaration000 = "000_3b3aad15e12a543d.txt";
    public const string Report001 = "001_4fed025bc8db9d98.txt";
    public const string ProjectTable002 = "002_6afdb59cfbcca0ce.txt";
    public const string SelfEvaluation003 = "003_b03435292bbbbcda.txt";
    public const string Declaration004 = "004_90779cf9069d6ff4.txt";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", name));
}
