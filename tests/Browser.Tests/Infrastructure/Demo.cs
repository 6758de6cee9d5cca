namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>The demo accounts the Host creates from its seeds (README), and the demo year.</summary>
public static class Demo
{
    public const string Password = "Demo@2026";
    public const int Year = 2027;

    /// <summary>天河科技园管委会: its 2027 declaration (seed 000) has no validation errors, so it can be submitted as imported.</summary>
    public const string CleanDepartment = "d1a1b729b";

    /// <summary>番禺区科工商信局: its declaration (seed 004) has the unit-mismatch error 1000件 / 1000年.</summary>
    public const string ErrorDepartment = "d9eaddf6e";

    public const string Finance = "finance-1";
    public const string PerformanceOffice = "perf-office";

    public static string Filer(string department) => $"{department}-filer";

    public static string Head(string department) => $"{department}-head";
}
