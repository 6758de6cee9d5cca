namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>Where the built Host is (beside this test assembly's own configuration) and where artifacts go.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string HostDll => Path.Combine(Root, "services", "Host", "bin", Configuration, "net10.0", "PerfWorkflow.Host.dll");

    /// <summary>$PERFWF_TEST_ARTIFACTS (scripts/test.sh sets it), else ./artifacts/tests of the repository.</summary>
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
