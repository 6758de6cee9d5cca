namespace PerfWorkflow.Deployment.Tests.Infrastructure;

public sealed record ToolRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
