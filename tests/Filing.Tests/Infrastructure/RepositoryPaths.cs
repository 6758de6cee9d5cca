namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>The repository the tests run from: the demo seeds the Filing service loads are read from there too.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The five real filings the demo organisation is built from (services/Host/DemoData).</summary>
    public static string DemoData => Path.Combine(Root, "services", "Host", "DemoData");

    public static byte[] Seed(string fileName) => File.ReadAllBytes(Path.Combine(DemoData, fileName));

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
