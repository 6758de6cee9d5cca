namespace PerfWorkflow.Testing;

/// <summary>Where the built services are: beside this test assembly's own configuration (Debug or Release).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string ServiceDll(string service) =>
        Path.Combine(Root, "services", service, "bin", Configuration, "net10.0", $"PerfWorkflow.{service}.dll");

    public static string Seeds => Path.Combine(Root, "services", "Host", "DemoData");

    /// <summary>Where tests leave evidence (screenshots, timings): PERFWF_TEST_ARTIFACTS, else artifacts/tests.</summary>
    public static string Artifacts { get; } = Environment.GetEnvironmentVariable("PERFWF_TEST_ARTIFACTS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Root, "artifacts", "tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfWorkflow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PerfWorkflow.sln not found above " + AppContext.BaseDirectory);
    }
}
