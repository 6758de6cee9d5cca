using System.Text.RegularExpressions;

namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>A Dockerfile read into instructions: enough to check what it builds and how it runs.</summary>
public sealed partial class Dockerfile(IReadOnlyList<DockerfileInstruction> instructions)
{
    public IReadOnlyList<DockerfileInstruction> Instructions => instructions;

    public int LastStage => instructions.Max(i => i.Stage);

    public static Dockerfile Read(string relativePath)
    {
        var joined = Continuation().Replace(RepositoryRoot.ReadText(relativePath).Replace("\r\n", "\n", StringComparison.Ordinal), " ");
        var instructions = new List<DockerfileInstruction>();
        var stage = -1;
        foreach (var line in joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            var keyword = parts[0].ToUpperInvariant();
            if (keyword == "FROM")
            {
                stage++;
            }

            instructions.Add(new DockerfileInstruction(keyword, parts.Length > 1 ? Spaces().Replace(parts[1], " ") : string.Empty, stage));
        }

        return new Dockerfile(instructions);
    }

    public IEnumerable<DockerfileInstruction> All(string keyword) => instructions.Where(i => i.Keyword == keyword);

    public IEnumerable<DockerfileInstruction> InStage(int stage, string keyword) => All(keyword).Where(i => i.Stage == stage);

    /// <summary>ENV values of the final stage, from both `ENV A=b C=d` and `ENV A b` forms.</summary>
    public Dictionary<string, string> RuntimeEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in InStage(LastStage, "ENV"))
        {
            if (!env.Arguments.Contains('=', StringComparison.Ordinal))
            {
                var parts = env.Arguments.Split(' ', 2);
                environment[parts[0]] = parts[1];
                continue;
            }

            foreach (var pair in env.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
            {
                environment[pair[0]] = pair[1];
            }
        }

        return environment;
    }

    public int IndexOf(DockerfileInstruction instruction) => instructions.ToList().IndexOf(instruction);

    [GeneratedRegex(@"\\\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
