namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>The checkout under test: the nearest folder above the test's output that holds PerfWorkflow.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static string ReadText(string relativePath) => File.ReadAllText(Combine(relativePath.Split('/')));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PerfWorkflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PerfWorkflow.sln above {AppContext.BaseDirectory}.");
    }
}
