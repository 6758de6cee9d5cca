using System.Text.RegularExpressions;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>Everything the repository holds is built by the solution, so nothing rots unnoticed (a benchmark that no
/// longer compiles, a tool nobody runs).</summary>
public sealed partial class SolutionTests
{
    [Fact]
    public void Every_project_in_the_repository_is_in_the_solution()
    {
        var inSolution = ProjectLine().Matches(RepositoryRoot.ReadText("PerfWorkflow.sln"))
            .Select(m => m.Groups["path"].Value.Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

        var onDisk = Directory.EnumerateFiles(RepositoryRoot.Path, "*.csproj", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "artifacts" or "node_modules" || part.StartsWith('.')))
            .ToList();

        Assert.NotEmpty(onDisk);
        var missing = onDisk.Where(f => !inSolution.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "Projects PerfWorkflow.sln does not build:\n" + string.Join('\n', missing));
    }

    [GeneratedRegex("""^Project\("\{[^}]+\}"\) = "[^"]+", "(?<path>[^"]+\.csproj)", """, RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
