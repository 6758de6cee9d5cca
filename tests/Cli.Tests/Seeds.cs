namespace PerfWorkflow.Cli.Tests;

/// <summary>File names of the five real filings linked beside the tests.</summary>
internal static class Seeds
{
    public const string Declaration000 = "000_3b3aad15e12a543d.txt";
    public const string Report001 = "001_4fed025bc8db9d98.txt";
    public const string ProjectTable002 = "002_6afdb59cfbcca0ce.txt";
    public const string SelfEvaluation003 = "003_b03435292bbbbcda.txt";
    public const string Declaration004 = "004_90779cf9069d6ff4.txt";
}
