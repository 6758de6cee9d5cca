using System.Text.Json;

namespace PerfWorkflow.Cli.Tests;

/// <summary>One in-process run of perfwf: its exit code and what it wrote to each stream.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement;

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Seeds", name);
}
