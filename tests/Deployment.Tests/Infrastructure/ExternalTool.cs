using System.Diagnostics;

namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>
/// Runs a command-line tool the deployment files are checked with. A missing tool fails the test that needs it,
/// naming the tool and how to get it: a deployment check that quietly did not run would be worse than none.
/// </summary>
public static class ExternalTool
{
    public const string Kubectl = "kubectl";
    public const string DockerCompose = "docker-compose";
    public const string Git = "git";

    private static readonly Dictionary<string, string> HowToInstall = new(StringComparer.Ordinal)
    {
        [Kubectl] = "kubectl is not a Debian bookworm package: install it from the Kubernetes release binaries or "
            + "packages (pkgs.k8s.io) so that `kubectl kustomize` is on PATH",
        [DockerCompose] = "install Debian's docker-compose package (apt-get install docker-compose)",
        [Git] = "install git (apt-get install git)",
    };

    public static ToolRun Run(string tool, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var executable = Locate(tool);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} ran longer than 120 s.");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }

    private static string Locate(string tool)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The deployment tests need `{tool}` on PATH and it is missing: {HowToInstall[tool]}. PATH was: {path}");
    }
}
